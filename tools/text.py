#!/usr/bin/env python3
"""Adds interface words to the Chinese resources, or lists the ones still missing.

    tools/text.py add SECTION "English text" "中文"   (SECTION: Shared, Terms, Discovery, Proposals, Catalogue)
    tools/text.py missing                            (keys used in code with no zh-CN entry)

The English text is the key; the test LocalizationCompletenessTests fails on any key without Chinese.
"""
import html
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RESX = ROOT / "src/Configurator.Web/Localization/Text.zh-CN.resx"
KEY = re.compile(r'(?:\bT\.Plural\(\s*[^,]+,\s*"(?:[^"\\]|\\.)*"\s*,\s*|\bT\[\s*|\bActivityText\.Of\(\s*|\bActivityPart\.Count\(\s*[^,]+,\s*"(?:[^"\\]|\\.)*"\s*,\s*)@?"((?:[^"\\]|\\.)*)"')


def entries():
    text = RESX.read_text(encoding="utf-8")
    return {html.unescape(m.group(1)): html.unescape(m.group(2))
            for m in re.finditer(r'<data name="([^"]*)" xml:space="preserve">\s*<value>(.*?)</value>', text, re.S)}


def add(section, english, chinese):
    text = RESX.read_text(encoding="utf-8")
    if english in entries():
        sys.exit(f"already there: {english}")
    marker = f"  <!-- ===== end of {section} ===== -->"
    if marker not in text:
        sys.exit(f"no section {section}")
    entry = (f'  <data name="{html.escape(english, quote=True)}" xml:space="preserve">\n'
             f'    <value>{html.escape(chinese, quote=False)}</value>\n  </data>\n')
    RESX.write_text(text.replace(marker, entry + marker), encoding="utf-8")


def missing():
    known = entries()
    for path in sorted((ROOT / "src/Configurator.Web").rglob("*")):
        if path.suffix not in (".cs", ".cshtml") or "/obj/" in str(path) or "/bin/" in str(path):
            continue
        code = re.sub(r"^\s*///.*$", "", path.read_text(encoding="utf-8"), flags=re.M)
        for m in KEY.finditer(code):
            key = m.group(1).replace('\\"', '"').replace("\\\\", "\\").replace('""', '"')
            if key not in known:
                print(f"{path.relative_to(ROOT)}: {key}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "add":
        add(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 2 and sys.argv[1] == "missing":
        missing()
    else:
        sys.exit(__doc__)
