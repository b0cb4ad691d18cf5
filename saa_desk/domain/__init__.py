"""Pure-Python domain: value objects, validators, Arabic text, the request state machine. No I/O."""
