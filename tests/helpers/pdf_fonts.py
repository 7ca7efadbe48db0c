"""The fonts a PDF embeds, as `pdffonts` lists them (pypdf: no poppler needed)."""

from __future__ import annotations

from pathlib import Path


def embedded_fonts(pdf: Path) -> set[str]:
    """Each font's BaseFont without its subset tag ("NotoSansCJKsc-Regular"), on every page and in its forms."""
    import pypdf

    fonts: set[str] = set()

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")).lstrip("/").split("+")[-1])
        for xobject in (resources.get("/XObject") or {}).values():
            inner = xobject.get_object()
            if inner.get("/Resources") is not None:
                visit(inner["/Resources"])

    for page in pypdf.PdfReader(pdf).pages:
        visit(page.get("/Resources"))
    return fonts


def han_fonts(fonts: set[str]) -> set[str]:
    return {f for f in fonts if "CJK" in f or "Han" in f}
