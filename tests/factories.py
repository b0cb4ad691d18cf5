"""Helpers that build valid test data (used by unit, integration and GUI tests)."""

from __future__ import annotations

import random
from typing import Any

from saa_desk.domain.identity import luhn_check_digit


def national_id(rng: random.Random | None = None, prefix: str = "1") -> str:
    rng = rng or random.Random()
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
    return body + luhn_check_digit(body)


def nth_national_id(n: int) -> str:
    """A distinct valid national ID for each n (random ones collide in large files)."""
    body = "1" + f"{n:08d}"
    return body + luhn_check_digit(body)


def beneficiary_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id_type": "national_id", "id_number": national_id(), "first_name": "محمد",
        "father_name": "عبدالله", "grandfather_name": "سالم", "family_name": "القحطاني",
        "gender": "male", "birth_date": "1980-03-15", "mobile": "0501234567", "city": "مكة المكرمة",
        "district": "العزيزية", "address": "شارع الحج، مبنى 12", "marital_status": "married",
        "monthly_income": 3500, "employment": "retired",
    }
    data.update(overrides)
    return data


def signature_png() -> bytes:
    """A signature as the on-screen pad draws one: a blue stroke on a transparent PNG."""
    import io

    from PIL import Image

    image = Image.new("RGBA", (300, 80), (255, 255, 255, 0))
    for x in range(20, 280):
        image.putpixel((x, 40 + (x % 17) - 8), (10, 20, 120, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
