"""The ``Plural-Forms`` header: parsed and checked exactly as GNU ``msgfmt --check`` does.

GNU's grammar (``plural.y``): C's ``?:``, ``||``, ``&&``, ``==``/``!=``, ``<``/``>``/``<=``/
``>=``, ``+``/``-``, ``*``/``/``/``%`` and ``!`` over the variable ``n``, decimal numbers and
parentheses, ending at ``;`` or the end of the field; arithmetic in 64-bit unsigned integers.
``msgfmt -c`` evaluates the expression for n = 0…1000 and rejects a catalogue whose formula can
divide by zero, give a "negative" value (one above 2^63 once wrapped) or a value not below
``nplurals``. :func:`plural_forms_problem` gives the same verdict with the same words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["PluralForms", "PluralFormsError", "parse_plural_forms", "plural_forms_problem", "well_formed"]

_MASK = (1 << 64) - 1
_TOKEN_RE = re.compile(r"[ \t]*(?:(\d+)|(n)|(==|!=|<=|>=|&&|\|\||[<>*/%+\-?:()!])|([;\n]|\Z)|(.))", re.S)

Evaluator = Callable[[int], int]


class PluralFormsError(ValueError):
    """The header's Plural-Forms cannot be used; the message is GNU msgfmt's."""


class _DivisionByZero(ArithmeticError):
    pass


@dataclass(frozen=True)
class PluralForms:
    nplurals: int
    expression: str
    evaluate: Evaluator


def _tokens(text: str) -> list[str | int]:
    out: list[str | int] = []
    pos = 0
    while True:
        m = _TOKEN_RE.match(text, pos)
        assert m is not None
        if m.group(1) is not None:
            value = 0
            for digit in m.group(1):      # strtoul-like accumulation, wrapping like unsigned long
                value = (value * 10 + ord(digit) - 48) & _MASK
            out.append(value)
        elif m.group(2) is not None:
            out.append("n")
        elif m.group(3) is not None:
            out.append(m.group(3))
        elif m.group(4) is not None:
            out.append(";")
            return out
        else:
            raise PluralFormsError("invalid plural expression")
        pos = m.end()


class _Parser:
    """Precedence climbing over GNU's grammar; builds a closure per node."""

    _BINARY: dict[str, tuple[int, Callable[[int, int], int]]] = {
        "||": (1, lambda a, b: int(bool(a) or bool(b))),
        "&&": (2, lambda a, b: int(bool(a) and bool(b))),
        "==": (3, lambda a, b: int(a == b)),
        "!=": (3, lambda a, b: int(a != b)),
        "<": (4, lambda a, b: int(a < b)),
        ">": (4, lambda a, b: int(a > b)),
        "<=": (4, lambda a, b: int(a <= b)),
        ">=": (4, lambda a, b: int(a >= b)),
        "+": (5, lambda a, b: (a + b) & _MASK),
        "-": (5, lambda a, b: (a - b) & _MASK),
        "*": (6, lambda a, b: (a * b) & _MASK),
        "/": (6, lambda a, b: _divide(a, b) // b),
        "%": (6, lambda a, b: _divide(a, b) % b),
    }

    def __init__(self, tokens: list[str | int]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | int:
        return self.tokens[self.pos]

    def take(self) -> str | int:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Evaluator:
        node = self.conditional()
        if self.peek() != ";":
            raise PluralFormsError("invalid plural expression")
        return node

    def conditional(self) -> Evaluator:
        cond = self.binary(1)
        if self.peek() != "?":
            return cond
        self.take()
        then = self.conditional()
        if self.take() != ":":
            raise PluralFormsError("invalid plural expression")
        other = self.conditional()
        return lambda n: then(n) if cond(n) else other(n)

    def binary(self, level: int) -> Evaluator:
        left = self.unary()
        while True:
            token = self.peek()
            if not isinstance(token, str) or token not in self._BINARY:
                return left
            prec, op = self._BINARY[token]
            if prec < level:
                return left
            self.take()
            right = self.binary(prec + 1)
            left = _apply(op, left, right)

    def unary(self) -> Evaluator:
        token = self.take()
        if token == "!":
            inner = self.unary()
            return lambda n: int(not inner(n))
        if token == "n":
            return lambda n: n
        if isinstance(token, int):
            value = token
            return lambda n: value
        if token == "(":
            inner = self.conditional()
            if self.take() != ")":
                raise PluralFormsError("invalid plural expression")
            return inner
        raise PluralFormsError("invalid plural expression")


def _divide(a: int, b: int) -> int:
    if b == 0:
        raise _DivisionByZero
    return a


def _apply(op: Callable[[int, int], int], left: Evaluator, right: Evaluator) -> Evaluator:
    return lambda n: op(left(n), right(n))


def parse_plural_forms(value: str) -> PluralForms:
    """Parse a Plural-Forms value; :class:`PluralFormsError` says what GNU would say."""
    at = value.find("nplurals=")
    found = value.find("plural=")
    if at < 0 or found < 0:
        raise PluralFormsError("lacks nplurals=INTEGER or plural=EXPRESSION")
    digits = re.match(r"\d+", value[at + len("nplurals="):].lstrip(" \t\n\v\f\r"))
    if digits is None:
        raise PluralFormsError("invalid nplurals value")
    expression = value[found + len("plural="):]
    evaluate = _Parser(_tokens(expression)).parse()
    return PluralForms(int(digits.group()), re.split(r"[;\n]", expression)[0].strip(), evaluate)


@functools.lru_cache(maxsize=64)
def plural_forms_problem(value: str) -> str | None:
    """What ``msgfmt --check`` rejects in this Plural-Forms value, or None.

    A value without both ``nplurals=`` and ``plural=`` is not checked (GNU neither);
    a catalogue with plural messages needs them (:mod:`.check`).
    """
    if "nplurals=" not in value or "plural=" not in value:
        return None
    try:
        forms = parse_plural_forms(value)
    except PluralFormsError as exc:
        return str(exc)
    for n in range(1001):
        try:
            result = forms.evaluate(n)
        except _DivisionByZero:
            return "plural expression can produce division by zero"
        if result >= 1 << 63:
            return "plural expression can produce negative values"
        if result >= forms.nplurals:
            return f"nplurals = {forms.nplurals} but plural expression can produce values as large as {result}"
    return None


def well_formed(value: str | None) -> bool:
    """Whether a Plural-Forms value has both parts and passes ``msgfmt --check``."""
    return (value is not None and "nplurals=" in value and "plural=" in value
            and plural_forms_problem(value) is None)
