"""A generated corpus of malformed inputs.

Each :class:`Case` damages one file of a fresh copy of the small project (or puts something
else in its place: a pipe, a folder, a device, a link that leads nowhere) and names the
command that must read it. The damage is of two sorts:

* **systematic** — every escape sequence GNU rejects or decodes oddly, every Plural-Forms and
  plural-index mistake, encodings (UTF-16, Latin-1, a BOM), line endings (CR alone, CRLF,
  mixed), empty, binary and oversized files, control characters, bad settings values, paths
  leading out of the project, XML entity bombs, spreadsheet formulas;
* **random** (seeded, so the corpus is the same on every run) — truncation at a random byte,
  a line deleted, duplicated or swapped, random bytes inserted (NUL, 0xFF, a lone UTF-8 lead
  byte, CR, ESC, a quote, a backslash, a keyword).

The harness (:mod:`.runner`) runs the command and judges what came out.
"""

from __future__ import annotations

import os
import random
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: The largest input the workbench reads during the fault run (WORKBENCH_MAX_INPUT_MB): small,
#: so that "oversized" cases stay cheap.
MAX_INPUT_MB = 4
SEED = 20260112

PO = "locale/ru/LC_MESSAGES/01-initial-report.po"
PO_MD = "locale/kk/LC_MESSAGES/05-tendenza-internazionale.po"
POT = "locale/01-initial-report.pot"
GLOSSARY = "glossary.tsv"
SOURCE = "seeds/01-initial-report.txt"
SOURCE_MD = "seeds/05-tendenza-internazionale.md"
SETTINGS = "workbench.toml"

Mutation = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    kind: str                      # po, pot, glossary, source, settings, import, exchange
    name: str
    target: str                    # the file damaged (relative to the project)
    command: tuple[str, ...]       # the workbench command that reads it
    mutate: Mutation
    blame: str                     # the file name a clean error must name

    @property
    def ident(self) -> str:
        return f"{self.kind}: {self.name}"


# -- building blocks --------------------------------------------------------------------------------
def rewrite(target: str, change: Callable[[bytes], bytes]) -> Mutation:
    def apply(root: Path) -> None:
        path = root / target
        path.write_bytes(change(path.read_bytes()))
    return apply


def replace_text(target: str, old: str, new: str, count: int = 1) -> Mutation:
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        assert old in text, (target, old)
        return text.replace(old, new, count).encode("utf-8")
    return rewrite(target, change)


def nth_msgstr(target: str, n: int, value: str) -> Mutation:
    """Put *value* (raw PO string body, escapes as written) as the n-th message's msgstr."""
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        at = -1
        for _ in range(n + 2):                    # skip the header's msgstr
            at = text.index("\nmsgstr ", at + 1)
        end = text.find("\n\n", at + 1)
        end = len(text) - 1 if end < 0 else end
        return (text[:at] + f'\nmsgstr "{value}"' + text[end:]).encode("utf-8")
    return rewrite(target, change)


def set_bytes(target: str, data: bytes) -> Mutation:
    def apply(root: Path) -> None:
        (root / target).write_bytes(data)
    return apply


def special(target: str, what: str) -> Mutation:
    """Put a named pipe, a folder, a dangling link, a link loop or a device in place of *target*."""
    def apply(root: Path) -> None:
        path = root / target
        if path.exists() or path.is_symlink():
            path.unlink()
        if what == "fifo":
            os.mkfifo(path)
        elif what == "folder":
            path.mkdir()
        elif what == "dangling":
            path.symlink_to(root / "nowhere" / path.name)
        elif what == "loop":
            other = path.with_name(path.name + ".loop")
            other.symlink_to(path.name)
            path.symlink_to(other.name)
        elif what == "device":
            if os.geteuid() == 0 and hasattr(os, "mknod"):
                os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 5))      # /dev/zero
            else:
                os.mkfifo(path)
        elif what == "link-out":
            path.symlink_to("/dev/zero")
        else:
            raise ValueError(what)
    return apply


def huge(target: str, line: bytes) -> Mutation:
    """Grow the file past the size cap, keeping its start valid."""
    def change(data: bytes) -> bytes:
        return data + line * (MAX_INPUT_MB * 1024 * 1024 // len(line) + 2)
    return rewrite(target, change)


_JUNK = [b"\0", b"\xff", b"\xc3", b"\xe2\x80", b"\r", b"\x1b[2J", b"\x1b]0;x\x07", b'"', b"\\", b"\t",
         b"\nmsgid", b"\nmsgstr[7] \"x\"", b"#~ ", b"\n#| msgid \"", b"\xef\xbb\xbf", b"\x04", b"\n\n",
         b"<", b"&", b"]]>", b";", b"=", "\u2028".encode("utf-8")]


def _random_mutations(rnd: random.Random, target: str, count: int) -> list[tuple[str, Mutation]]:
    out: list[tuple[str, Mutation]] = []
    for i in range(count):
        sort = ("truncate", "delete-line", "duplicate-line", "swap-lines", "insert")[i % 5]
        salt = rnd.random()

        def change(data: bytes, sort: str = sort, salt: float = salt) -> bytes:
            r = random.Random(salt)
            lines = data.split(b"\n")
            if sort == "truncate":
                return data[: r.randrange(1, max(2, len(data)))]
            if sort == "delete-line":
                del lines[r.randrange(len(lines))]
            elif sort == "duplicate-line":
                k = r.randrange(len(lines))
                lines.insert(k, lines[k])
            elif sort == "swap-lines":
                a, b = r.randrange(len(lines)), r.randrange(len(lines))
                lines[a], lines[b] = lines[b], lines[a]
            else:
                at = r.randrange(len(data))
                return data[:at] + r.choice(_JUNK) + data[at:]
            return b"\n".join(lines)

        out.append((f"random {sort} #{i}", rewrite(target, change)))
    return out


# -- the corpus ----------------------------------------------------------------------------------------
ESCAPES = [r"\xzz", r"\x", r"\?", r"\'", r"\e", r"\u0041", r"\x110000", r"\xFFFFFFFFFF", r"\xD800",
           r"\777", r"\0", r"\x00", r"\xff", r"\xd0", r"\xed\xa0\x80", r"\x04", r"\004", r"\400",
           r"\xd0\x9a",                              # valid: "К"
           r"\x1b]0;title\x07",                      # valid: data
           r"ok\n",                                  # a trailing line break msgid lacks
           ]
PLURAL_FORMS = ["nplurals=2; plural=(n;", "nplurals=x; plural=0;", "nplurals=2; plural=n;",
                "nplurals=2; plural=n-5;", "nplurals=2; plural=n%0;", "nplurals=0; plural=0;",
                "plural=n != 1;", "nplurals=3;", "nplurals=2; plural=n>=1000 ? 5 : 0;",
                "nplurals=2; plural=99999999999999999999999;", "nplurals=1; plural=0;",   # last one valid
                ]


def _po_cases(rnd: random.Random) -> list[Case]:
    cmd = ("update",)
    cases: list[tuple[str, Mutation]] = []
    for n, escape in enumerate(ESCAPES):
        cases.append((f"escape {escape}", nth_msgstr(PO, n % 10, escape)))
    for value in PLURAL_FORMS:
        cases.append((f"Plural-Forms {value}", replace_text(
            PO, 'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "\n'
                '"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);', f"Plural-Forms: {value}")))
    cases += [
        ("CR-only line endings", rewrite(PO, lambda d: d.replace(b"\n", b"\r"))),
        ("CRLF line endings", rewrite(PO, lambda d: d.replace(b"\n", b"\r\n"))),
        ("mixed line endings", rewrite(PO, lambda d: d.replace(b"\n\n", b"\r\n\r", 5))),
        ("a BOM", rewrite(PO, lambda d: b"\xef\xbb\xbf" + d)),
        ("UTF-16", rewrite(PO, lambda d: d.decode("utf-8").encode("utf-16"))),
        ("Latin-1 bytes", rewrite(PO, lambda d: d.decode("utf-8").encode("cp1251"))),
        ("charset KOI8-R declared", replace_text(PO, "charset=UTF-8", "charset=KOI8-R")),
        ("no Content-Type", replace_text(PO, '"Content-Type: text/plain; charset=UTF-8\\n"\n', "")),
        ("empty file", set_bytes(PO, b"")),
        ("only a BOM", set_bytes(PO, b"\xef\xbb\xbf")),
        ("only NUL bytes", set_bytes(PO, b"\0" * 4096)),
        ("random binary", set_bytes(PO, random.Random(1).randbytes(4096))),
        ("over the size cap", huge(PO, b'# a comment line to make the file large\n')),
        ("a 3 MB line", rewrite(PO, lambda d: d + b'\nmsgid "long"\nmsgstr "' + b"x" * 3_000_000 + b'"\n')),
        ("no header", rewrite(PO, lambda d: d[d.index(b"\n\n") + 2:])),
        ("two headers", rewrite(PO, lambda d: d[: d.index(b"\n\n") + 2] + d)),
        ("fuzzy header", replace_text(PO, 'msgid ""\nmsgstr ""', '#, fuzzy\nmsgid ""\nmsgstr ""')),
        ("duplicate message", rewrite(PO, lambda d: d + d[d.index(b"\n\n"):])),
        ("obsolete duplicate of a live message",
         rewrite(PO, lambda d: d + b"\n" + b"\n".join(b"#~ " + line for line in
                                                     d[d.index(b"\n\n") + 2:].split(b"\n\n")[0].split(b"\n")
                                                     if line.startswith((b"msgid", b"msgstr"))) + b"\n")),
        ("msgstr[n] without msgid_plural", nth_msgstr(PO, 3, 'x"\nmsgstr[1] "y')),
        ("plural with a wrong count", rewrite(PO, lambda d: d + b'\nmsgid "p"\nmsgid_plural "ps"\nmsgstr[0] "x"\n')),
        ("plural index gap", rewrite(PO, lambda d: d + b'\nmsgid "p"\nmsgid_plural "ps"\nmsgstr[0] "x"\n'
                                                      b'msgstr[2] "y"\n')),
        ("plural index not from zero", rewrite(PO, lambda d: d + b'\nmsgid "p"\nmsgid_plural "ps"\n'
                                                                b'msgstr[1] "x"\n')),
        ("msgid_plural with msgstr", rewrite(PO, lambda d: d + b'\nmsgid "p"\nmsgid_plural "ps"\nmsgstr "x"\n')),
        ("unknown keyword", rewrite(PO, lambda d: d + b'\nmsgfoo "x"\n')),
        ("domain directive", rewrite(PO, lambda d: d + b'\ndomain "other"\n')),
        ("unterminated string", nth_msgstr(PO, 2, "no end\\")),
        ("raw ESC and BEL in a translation", nth_msgstr(PO, 4, "\x1b]0;title\x07 \x1b[31mred")),
        ("raw CR in a translation", nth_msgstr(PO, 5, "a\rb")),
        ("comment inside a message", replace_text(PO, '\nmsgstr "', '\n# comment\nmsgstr "', 2)),
        ("#~ mixed into a live message", replace_text(PO, '\nmsgstr "К', '\n#~ msgstr "К', 1)),
        ("#| without a message", rewrite(PO, lambda d: d + b'\n#| msgid "old"\n')),
        ("context separator in msgctxt", rewrite(PO, lambda d: d + b'\nmsgctxt "a\\004b"\nmsgid "c"\nmsgstr "d"\n')),
        ("a folder", special(PO, "folder")),
        ("a named pipe", special(PO, "fifo")),
        ("a dangling link", special(PO, "dangling")),
        ("a link loop", special(PO, "loop")),
        ("a device", special(PO, "device")),
    ]
    cases += _random_mutations(rnd, PO, 40)
    out = [Case("po", name, PO, cmd, mutate, Path(PO).name) for name, mutate in cases]
    out += [Case("po", f"{name} (compile)", PO_MD, ("compile",), mutate, Path(PO_MD).name)
            for name, mutate in _random_mutations(rnd, PO_MD, 10)]
    out += [Case("po", f"escape {escape} (compile)", PO_MD, ("compile",), nth_msgstr(PO_MD, 3, escape),
                 Path(PO_MD).name) for escape in ESCAPES[:8]]
    return out


def _pot_cases(rnd: random.Random) -> list[Case]:
    cases = _random_mutations(rnd, POT, 10) + [
        ("a named pipe", special(POT, "fifo")), ("a folder", special(POT, "folder")),
        ("escape \\xzz", nth_msgstr(POT, 1, "\\xzz")), ("empty file", set_bytes(POT, b"")),
    ]
    return [Case("pot", name, POT, ("update",), mutate, Path(POT).name) for name, mutate in cases]


def _glossary_cases(rnd: random.Random) -> list[Case]:
    def row(change: Callable[[list[str]], list[str]], which: int = 10) -> Mutation:
        def apply(data: bytes) -> bytes:
            lines = data.decode("utf-8").split("\n")
            rows = [i for i, line in enumerate(lines) if line and not line.startswith("#") and "\t" in line]
            k = rows[min(which, len(rows) - 1)]
            lines[k] = "\t".join(change(lines[k].split("\t")))
            return "\n".join(lines).encode("utf-8")
        return rewrite(GLOSSARY, apply)

    controls = {"ESC": "\x1b[31m", "BEL": "\x07", "NUL": "\0", "C1 CSI": "\x9b", "DEL": "\x7f", "VT": "\x0b",
                "FF": "\x0c", "U+FFFE": "\ufffe", "OSC title": "\x1b]0;owned\x07", "backspace": "\x08"}
    cases: list[tuple[str, Mutation]] = [(f"control character {name} in a term",
                                          row(lambda c, v=value: [c[0], c[1], c[2][:3] + v + c[2][3:], *c[3:]]))
                                         for name, value in controls.items()]
    cases += [
        ("a cell too many", row(lambda c: [*c, "extra"])),
        ("a cell too few", row(lambda c: c[:-1], 3)),
        ("empty id", row(lambda c: ["", *c[1:]], 5)),
        ("bad id", row(lambda c: ["Not An Id", *c[1:]], 6)),
        ("unknown type", row(lambda c: [c[0], "planet", *c[2:]], 7)),
        ("empty English", row(lambda c: [c[0], c[1], "", *c[3:]], 8)),
        ("duplicate id", row(lambda c: ["tokayev", *c[1:]], 12)),
        ("spelling claimed twice", row(lambda c: [c[0], c[1], "Tokayev", *c[3:]], 13)),
        ("bad declension cell", row(lambda c: [*c[:8], "gen=|||;words=x y z", *c[9:]], 14)),
        ("semicolon in a preferred form", row(lambda c: [*c[:5], "А; Б", *c[6:]], 15)),
        ("spaces around a value", row(lambda c: [c[0], c[1], " " + c[2] + " ", *c[3:]], 16)),
        ("no header", rewrite(GLOSSARY, lambda d: b"\n".join(line for line in d.split(b"\n")
                                                             if not line.startswith(b"id\t")))),
        ("header lacks en", rewrite(GLOSSARY, lambda d: d.replace(b"\ten\t", b"\tEN\t", 1))),
        ("header names a column twice", rewrite(GLOSSARY, lambda d: d.replace(b"\tnote", b"\tru", 1))),
        ("CR-only line endings", rewrite(GLOSSARY, lambda d: d.replace(b"\n", b"\r"))),
        ("CRLF line endings", rewrite(GLOSSARY, lambda d: d.replace(b"\n", b"\r\n"))),
        ("a BOM", rewrite(GLOSSARY, lambda d: b"\xef\xbb\xbf" + d)),
        ("UTF-16", rewrite(GLOSSARY, lambda d: d.decode("utf-8").encode("utf-16"))),
        ("cp1251 bytes", rewrite(GLOSSARY, lambda d: d.decode("utf-8").encode("cp1251", "replace"))),
        ("empty file", set_bytes(GLOSSARY, b"")),
        ("binary", set_bytes(GLOSSARY, random.Random(2).randbytes(2048))),
        ("over the size cap", huge(GLOSSARY, b"# padding comment line\n")),
        ("a folder", special(GLOSSARY, "folder")),
        ("a named pipe", special(GLOSSARY, "fifo")),
        ("a dangling link", special(GLOSSARY, "dangling")),
        ("a link loop", special(GLOSSARY, "loop")),
        ("a device", special(GLOSSARY, "device")),
        ("a link to /dev/zero", special(GLOSSARY, "link-out")),
    ]
    cases += _random_mutations(rnd, GLOSSARY, 20)
    out = []
    for i, (name, mutate) in enumerate(cases):
        command = ("check", "--source-only") if i % 2 == 0 else ("glossary", "export", "--format",
                                                                  ("tbx", "csv", "omegat")[i % 3])
        out.append(Case("glossary", name, GLOSSARY, command, mutate, GLOSSARY))
    return out


def _source_cases(rnd: random.Random) -> list[Case]:
    def new_file(name: str, data: bytes) -> Mutation:
        def apply(root: Path) -> None:
            (root / "seeds" / os.fsdecode(name.encode("utf-8", "surrogateescape"))).write_bytes(data)
        return apply

    cases: list[tuple[str, Mutation]] = [
        ("a NUL byte", rewrite(SOURCE, lambda d: d[:100] + b"\0" + d[100:])),
        ("invalid UTF-8", rewrite(SOURCE, lambda d: d[:200] + b"\xff\xfe" + d[200:])),
        ("a lone UTF-8 lead byte", rewrite(SOURCE, lambda d: d[:300] + b"\xd0 " + d[300:])),
        ("cp1251 bytes", set_bytes(SOURCE, "Казахстан: первый отчёт.\n".encode("cp1251"))),
        ("UTF-16", rewrite(SOURCE, lambda d: d.decode("utf-8").encode("utf-16"))),
        ("UTF-32", rewrite(SOURCE, lambda d: d.decode("utf-8").encode("utf-32"))),
        ("empty", set_bytes(SOURCE, b"")),
        ("only white space", set_bytes(SOURCE, b" \n\t\n\n")),
        ("escape sequences in the text", rewrite(SOURCE, lambda d: d.replace(
            b"Kazakhstan", b"Kazakh\x1b]0;owned\x07stan \x1b[31mred\x1b[0m", 2))),
        ("C1 controls and bidi overrides", rewrite(SOURCE, lambda d: d.replace(
            b"report", "re\u009bport \u202egnp.exe".encode("utf-8"), 1))),
        ("a backslash and quotes", rewrite(SOURCE, lambda d: d.replace(b"strike", b'st\\"ri\\x04ke\\0', 1))),
        ("U+0004 in the text", rewrite(SOURCE, lambda d: d.replace(b"strike", b"st\x04rike", 1))),
        ("CR-only line endings", rewrite(SOURCE, lambda d: d.replace(b"\n", b"\r"))),
        ("CRLF line endings", rewrite(SOURCE, lambda d: d.replace(b"\n", b"\r\n"))),
        ("a 1 MB paragraph", rewrite(SOURCE, lambda d: d + b"word " * 200_000 + b".\n")),
        ("over the size cap", huge(SOURCE, b"A sentence of padding.\n")),
        ("a folder", special(SOURCE, "folder")),
        ("a named pipe", special(SOURCE, "fifo")),
        ("a dangling link", special(SOURCE, "dangling")),
        ("a link loop", special(SOURCE, "loop")),
        ("a device", special(SOURCE, "device")),
        ("a file name with a line break", new_file("two\nlines.txt", b"Hello there.\n")),
        ("a file name that is not UTF-8", new_file("bad\udcffname.txt", b"Hello there.\n")),
        ("a file name with ESC", new_file("x\x1b[2Jy.txt", b"Hello there.\n")),
        ("a file name with a tab", new_file("tab\tname.md", b"# Hello\n")),
        ("two documents for one catalogue", new_file("01-initial-report.md", b"# Hello\n")),
        ("Markdown: unclosed fence", rewrite(SOURCE_MD, lambda d: b"```\n" + d)),
        ("Markdown: only markup", set_bytes(SOURCE_MD, b"# \n\n---\n\n* \n\n**\n")),
        ("Markdown: HTML and links", rewrite(SOURCE_MD, lambda d: b"<script>alert(1)</script> [x](javascript:y)\n\n"
                                                                  + d)),
    ]
    cases += _random_mutations(rnd, SOURCE, 16)
    return [Case("source", name, SOURCE, ("update",), mutate, "seeds/") for name, mutate in cases]


def _link_out(folder: str) -> Mutation:
    """Replace the project's *folder* by a symbolic link to a copy of it outside the project."""
    def apply(root: Path) -> None:
        import shutil

        outside = root.parent / f"{root.name}-outside-{folder}"
        if (root / folder).exists():
            shutil.move(root / folder, outside)
        else:
            outside.mkdir()
        (root / folder).symlink_to(outside)
    return apply


def _settings_cases(rnd: random.Random) -> list[Case]:
    def settings(text: str) -> Mutation:
        return set_bytes(SETTINGS, text.encode("utf-8"))

    base = '[workbench]\nname = "workbench-seeds"\nsource = "seeds"\nlanguages = ["ru", "kk"]\n'
    cases: list[tuple[str, Mutation]] = [
        ("invalid TOML", settings("[workbench\n")),
        ("unterminated string", settings('[workbench]\nname = "x\n')),
        ("languages a string", settings(base.replace('["ru", "kk"]', '"ru"'))),
        ("languages empty", settings(base.replace('["ru", "kk"]', "[]"))),
        ("languages twice", settings(base.replace('["ru", "kk"]', '["ru", "ru"]'))),
        ("not a language code", settings(base.replace('["ru", "kk"]', '["Russian"]'))),
        ("unknown language xx", settings(base.replace('["ru", "kk"]', '["xx"]'))),
        ("a number for source", settings(base.replace('"seeds"', "5"))),
        ("an empty source", settings(base.replace('"seeds"', '""'))),
        ("unknown setting", settings(base + 'sorce = "x"\n')),
        ("workbench not a table", settings('workbench = 5\n')),
        ("absolute source", settings(base.replace('"seeds"', '"/etc"'))),
        ("source with ..", settings(base.replace('"seeds"', '"../seeds"'))),
        ("locale with ..", settings(base + 'locale = "x/../../elsewhere"\n')),
        ("build absolute", settings(base + 'build = "/tmp/build"\n')),
        ("build home", settings(base + 'build = "~/build"\n')),
        ("build the project itself", settings(base + 'build = "."\n')),
        ("glossary outside", settings(base + 'glossary = "../glossary.tsv"\n')),
        ("name with a line break", settings(base.replace('"workbench-seeds"', '"two\\nlines"'))),
        ("name with ESC", settings(base.replace('"workbench-seeds"', '"x\\u001b[2J"'))),
        ("name with spaces around", settings(base.replace('"workbench-seeds"', '" padded "'))),
        ("name empty", settings(base.replace('"workbench-seeds"', '""'))),
        ("a NUL byte", set_bytes(SETTINGS, base.encode() + b"\0")),
        ("invalid UTF-8", set_bytes(SETTINGS, base.encode() + b"# \xff\n")),
        ("UTF-16", set_bytes(SETTINGS, base.encode("utf-16"))),
        ("CR-only line endings", set_bytes(SETTINGS, base.replace("\n", "\r").encode())),
        ("empty file", set_bytes(SETTINGS, b"")),
        ("over the size cap", huge(SETTINGS, b"# padding\n")),
        ("a folder", special(SETTINGS, "folder")),
        ("a named pipe", special(SETTINGS, "fifo")),
        ("a dangling link", special(SETTINGS, "dangling")),
        ("a link loop", special(SETTINGS, "loop")),
        ("locale is a link out", _link_out("locale")),
        ("editions is a link out", _link_out("editions")),
        ("source is a link out", _link_out("seeds")),
    ]
    cases += [(name, mutate) for name, mutate in _random_mutations(rnd, SETTINGS, 12)]
    out = []
    for i, (name, mutate) in enumerate(cases):
        command = ("update",) if i % 3 == 0 else ("stats",) if i % 3 == 1 else ("compile",)
        if "editions" in name:
            command = ("compile",)
        out.append(Case("settings", name, SETTINGS, command, mutate, SETTINGS if "link out" not in name else ""))
    return out


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="tokayev"><descrip type="subjectField">person</descrip>
  <langSet xml:lang="en"><tig><term>Kassym-Jomart Tokayev</term></tig></langSet>
  <langSet xml:lang="ru"><tig><term>К.-Ж. Токаев</term></tig></langSet></termEntry>
<termEntry id="new-place"><descrip type="subjectField">place</descrip>
  <langSet xml:lang="en"><tig><term>Newtown</term></tig></langSet>
  <langSet xml:lang="kk"><tig><term>Жаңақала</term></tig></langSet></termEntry>
</body></text></martif>
"""
CSV = "id,type,en,ru,note\nnew-org,organisation,New Org,Новая организация,=1+2\nx,other,X,Икс,@SUM(A1)\n"


def new_text(data: str, name: str) -> Mutation:
    """A new file *name* in the project holding *data* (UTF-8)."""
    def apply(root: Path) -> None:
        (root / name).write_text(data, encoding="utf-8")
    return apply


def new_bytes(data: bytes, name: str) -> Mutation:
    """A new file *name* in the project holding *data*."""
    def apply(root: Path) -> None:
        (root / name).write_bytes(data)
    return apply


def _import_cases(rnd: random.Random) -> list[Case]:
    def tbx(text: str, name: str = "import.tbx") -> Mutation:
        return new_text(text, name)

    raw = new_bytes

    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;'
            '&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<martif>&c;</martif>\n')
    external = ('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                '<martif><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&x;</term></tig>'
                '</langSet></termEntry></body></text></martif>\n')
    cases: list[tuple[str, str, Mutation]] = [
        ("TBX: valid partial import", "import.tbx", tbx(TBX)),
        ("TBX: entity bomb", "import.tbx", tbx(bomb)),
        ("TBX: external entity", "import.tbx", tbx(external)),
        ("TBX: wrong root", "import.tbx", tbx("<html><body/></html>")),
        ("TBX: not XML", "import.tbx", tbx("this is not xml")),
        ("TBX: empty", "import.tbx", tbx("")),
        ("TBX: ESC as a character reference", "import.tbx", tbx(TBX.replace("Newtown", "New&#27;town"))),
        ("TBX: C1 CSI as a character reference", "import.tbx", tbx(TBX.replace("Newtown", "New&#x9b;town"))),
        ("TBX: raw ESC", "import.tbx", tbx(TBX.replace("Newtown", "New\x1btown"))),
        ("TBX: entry without English", "import.tbx", tbx(TBX.replace('<langSet xml:lang="en"><tig><term>Newtown'
                                                                       '</term></tig></langSet>', ""))),
        ("TBX: a spelling another referent owns", "import.tbx", tbx(TBX.replace("Newtown", "Tokayev"))),
        ("TBX: bad id", "import.tbx", tbx(TBX.replace('id="new-place"', 'id="Not An Id!"'))),
        ("TBX: UTF-16", "import.tbx", raw(TBX.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
                                          "import.tbx")),
        ("TBX: declared Latin-1", "import.tbx", tbx(TBX.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'))),
        ("TBX: over the size cap", "import.tbx", raw(b"<martif>" + b"<!-- padding -->\n" * (MAX_INPUT_MB * 70_000)
                                                     + b"</martif>", "import.tbx")),
        ("CSV: formulas", "import.csv", raw(CSV.encode(), "import.csv")),
        ("CSV: unbalanced quote", "import.csv", raw(CSV.replace("New Org", '"New Org').encode(), "import.csv")),
        ("CSV: a cell too few", "import.csv", raw(CSV.replace(",=1+2", "").encode(), "import.csv")),
        ("CSV: NUL", "import.csv", raw(CSV.encode().replace(b"X,", b"X\0,"), "import.csv")),
        ("CSV: invalid UTF-8", "import.csv", raw(CSV.encode() + b"y,other,Y\xff,Y,\n", "import.csv")),
        ("CSV: ESC in a term", "import.csv", raw(CSV.replace("New Org", "New\x1b[2JOrg").encode(), "import.csv")),
        ("CSV: header only", "import.csv", raw(b"id,type,en\n", "import.csv")),
        ("CSV: empty", "import.csv", raw(b"", "import.csv")),
        ("CSV: unknown column without id", "import.csv", raw(b"en,colour\nX,red\n", "import.csv")),
        ("CSV: simple en,ru,kk", "import.csv", raw("Tokayev,Токаев,Тоқаев\nNewtown,Новгород,\n".encode(),
                                                   "import.csv")),
        ("TSV: another glossary with an error", "import.tsv",
         raw(b"id\ttype\ten\nx\tplanet\tX\n", "import.tsv")),
        ("TSV: control character", "import.tsv", raw(b"id\ttype\ten\nx\tother\tX\x1b\n", "import.tsv")),
        ("a named pipe", "import.tbx", lambda root: os.mkfifo(root / "import.tbx")),
        ("a folder", "import.tbx", lambda root: (root / "import.tbx").mkdir()),
        ("a missing file", "import.tbx", lambda root: None),
        ("unknown format", "import.docx", raw(b"PK\x03\x04", "import.docx")),
    ]
    for name, mutate in _random_mutations(rnd, "import.tbx", 12):
        cases.append((f"TBX: {name}", "import.tbx", _then(tbx(TBX), mutate)))
    for name, mutate in _random_mutations(rnd, "import.csv", 6):
        cases.append((f"CSV: {name}", "import.csv", _then(raw(CSV.encode(), "import.csv"), mutate)))
    return [Case("import", name, target, ("glossary", "import", target), mutate, target)
            for name, target, mutate in cases]


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>The strike spread to Aktau.</seg></tuv>
<tuv xml:lang="ru"><seg>Забастовка перекинулась на Актау.</seg></tuv>
<tuv xml:lang="kk-KZ"><seg>Ереуіл Ақтауға тарады.</seg></tuv></tu>
<tu><tuv xml:lang="en-GB"><seg>Workers of <bpt i="1">&lt;b&gt;</bpt>Zhanaozen<ept i="1">&lt;/b&gt;</ept></seg></tuv>
<tuv xml:lang="ru-RU"><seg>Рабочие <bpt i="1">&lt;b&gt;</bpt>Жанаозена<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
</body></tmx>
"""


def _xliff_of_project(change: Callable[[str], str] = lambda text: text) -> Mutation:
    """The project's own XLIFF export of one catalogue (as a CAT tool gets it), then *change*d."""
    def apply(root: Path) -> None:
        from workbench.exchange.xliff import export_xliff
        from workbench.project import load_project

        out = root / "xliff-out"
        export_xliff(load_project(root), out, ["ru"], ["01-initial-report"])
        exported = next(out.glob("*.xlf"))
        (root / "import.xlf").write_text(change(exported.read_text(encoding="utf-8")), encoding="utf-8")
        exported.unlink()
        out.rmdir()
    return apply


def _exchange_cases(rnd: random.Random) -> list[Case]:
    """Files other CAT tools bring: TMX into the memory, XLIFF back into the catalogues."""
    text, raw = new_text, new_bytes
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;'
            '&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<tmx version="1.4"><body><tu><tuv xml:lang="en">'
            '<seg>&c;</seg></tuv></tu></body></tmx>\n')
    external = ('<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4">'
                '<body><tu><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="ru"><seg>&x;</seg></tuv></tu>'
                '</body></tmx>\n')
    tmx_cases: list[tuple[str, Mutation]] = [
        ("TMX: valid, several languages and inline tags", text(TMX, "import.tmx")),
        ("TMX: not XML", text("this is not xml", "import.tmx")),
        ("TMX: empty", text("", "import.tmx")),
        ("TMX: wrong root", text("<html><body/></html>", "import.tmx")),
        ("TMX: entity bomb", text(bomb, "import.tmx")),
        ("TMX: external entity", text(external, "import.tmx")),
        ("TMX: ESC as a character reference", text(TMX.replace("Aktau.", "Ak&#27;tau."), "import.tmx")),
        ("TMX: raw ESC in a segment", text(TMX.replace("Aktau.", "Ak\x1b[2Jtau."), "import.tmx")),
        ("TMX: C1 control", text(TMX.replace("Aktau.", "Ak\u009btau."), "import.tmx")),
        ("TMX: unknown languages only", text(TMX.replace('"ru"', '"de"').replace('"kk-KZ"', '"fr"')
                                              .replace('"ru-RU"', '"it"'), "import.tmx")),
        ("TMX: a unit without the source language", text(TMX.replace('<tuv xml:lang="en"><seg>The strike',
                                                                      '<tuv xml:lang="fr"><seg>The strike'),
                                                         "import.tmx")),
        ("TMX: truncated", text(TMX[:len(TMX) // 2], "import.tmx")),
        ("TMX: UTF-16", raw(TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"), "import.tmx")),
        ("TMX: invalid UTF-8", raw(TMX.encode().replace("Актау".encode(), b"\xff\xfe"), "import.tmx")),
        ("TMX: a named pipe", lambda root: os.mkfifo(root / "import.tmx")),
        ("TMX: a folder", lambda root: (root / "import.tmx").mkdir()),
        ("TMX: over the size cap", raw(b"<tmx><body>" + b"<!-- padding -->\n" * (MAX_INPUT_MB * 70_000)
                                       + b"</body></tmx>", "import.tmx")),
    ]
    for name, mutate in _random_mutations(rnd, "import.tmx", 8):
        tmx_cases.append((f"TMX: {name}", _then(text(TMX, "import.tmx"), mutate)))
    xliff_cases: list[tuple[str, Mutation]] = [
        ("XLIFF: the project's own export, unchanged", _xliff_of_project()),
        ("XLIFF: a translation changed", _xliff_of_project(lambda t: t.replace("Казахстан", "Қазақстан", 1))),
        ("XLIFF: not XML", text("<xliff", "import.xlf")),
        ("XLIFF: empty", text("", "import.xlf")),
        ("XLIFF: version 2.0", text('<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:'
                                     'document:2.0" srcLang="en" trgLang="ru"><file id="f"/></xliff>', "import.xlf")),
        ("XLIFF: a file for a catalogue that does not exist",
         _xliff_of_project(lambda t: t.replace("01-initial-report", "99-nothing"))),
        ("XLIFF: original leading out of the project",
         _xliff_of_project(lambda t: t.replace('original="', 'original="../../etc/', 1))),
        ("XLIFF: ESC in a target", _xliff_of_project(lambda t: t.replace("Казахстан", "Каз&#27;[2Jахстан", 1))),
        ("XLIFF: NUL as a character reference", _xliff_of_project(lambda t: t.replace("Казахстан", "Каз&#0;ахстан",
                                                                                      1))),
        ("XLIFF: truncated", _xliff_of_project(lambda t: t[:len(t) // 2])),
        ("XLIFF: a named pipe", lambda root: os.mkfifo(root / "import.xlf")),
    ]
    for name, mutate in _random_mutations(rnd, "import.xlf", 8):
        xliff_cases.append((f"XLIFF: {name}", _then(_xliff_of_project(), mutate)))
    return ([Case("exchange", name, "import.tmx", ("memory", "import", "import.tmx"), mutate, "import.tmx")
             for name, mutate in tmx_cases]
            + [Case("exchange", name, "import.xlf", ("import", "import.xlf"), mutate, "import.xlf")
               for name, mutate in xliff_cases])


def _then(first: Mutation, second: Mutation) -> Mutation:
    def apply(root: Path) -> None:
        first(root)
        second(root)
    return apply


def build_corpus(seed: int = SEED) -> list[Case]:
    """The whole corpus, the same for a given seed."""
    rnd = random.Random(seed)
    return (_po_cases(rnd) + _pot_cases(rnd) + _glossary_cases(rnd) + _source_cases(rnd)
            + _settings_cases(rnd) + _import_cases(rnd) + _exchange_cases(rnd))


def fast_subset(corpus: list[Case], per_kind: int = 6) -> list[Case]:
    """A few cases of every kind, spread over the corpus (for the test suite)."""
    out: list[Case] = []
    for kind in dict.fromkeys(c.kind for c in corpus):
        cases = [c for c in corpus if c.kind == kind]
        step = max(1, len(cases) // per_kind)
        out += cases[::step][:per_kind]
    return out
