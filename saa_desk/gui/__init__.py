"""The PySide6 face of SAA Desk. Widgets show state and ask the services to act: no SQL, no rules.

Entry point: `saa_desk.gui.app.run(data_dir)`. Static layouts are Qt Designer forms in `ui/`;
translations are `resources/i18n/saa_ar.ts` (compiled to `saa_ar.qm`).
"""
