"""Russian words right before a name that look like what governs its case but do not: the last word of an inserted
phrase («в том числе «Социалистическая альтернатива»», "among others": «числе» is no noun the name depends on); a
noun under a preposition before the subject of the verb right after the name («В заявлении Социалистическое движение
Казахстана сообщило», "A statement from the Socialist Movement of Kazakhstan said": «заявлении» is no noun the name
owns); and the words of a pair between a verb of aiming and its second «на» («опирается не на Китай, а на Россию»,
«как на Россию, так и на Китай»: the verb still governs it, an accusative)"""

from __future__ import annotations

import re

from ..forms import Hit
from ..lexicon import Lexicon
from ..matcher import Tokens
from ..russian_context import PREPOSITIONS
from .russian_verbs import _RU_INSERTS
from .state import CLOSE, OPEN, SENTENCE_END, verb_like

#: A finite Russian verb in the singular, not reflexive: a past (сообщил, осудила, заявило) or a present (осуждает,
#: требует, говорит) — reflexives (говорится, сообщалось) are the impersonal «в заявлении … говорится»
_RU_FINITE_SINGULAR = re.compile(r"\w{3,}(?:[аеиоуыяё]л[ао]?|[еёи]т)")
#: ... and in the plural (осудили, требуют, говорят)
_RU_FINITE_PLURAL = re.compile(r"\w{3,}(?:[аеиоуыяё]ли|[юуая]т)")
#: The words that join or contrast two phrases with the same preposition («как на …, так и на …», «не на …, а на …»)
_RU_PAIRING = frozenset("как так и а не но или либо ни чем".split())
#: A Russian word of looking, hoping, relying or acting at something, whose «на» takes the accusative (its target)
_RU_AIMING = re.compile(r"(?:смотр|посмотр|гляд|взгляд|взглян|надея|надежд|влия|воздейств|реагир|реакци|давл|"
                        r"давит|надав|напад|ответ|жалов|ссыла|опира|рассчит|претенд|внимани|охот|покуш|ориентир)")
#: Impersonal pasts that agree with no name before them («в заявлении … было сказано»)
_RU_IMPERSONAL = frozenset(("было", "стало"))


def ends_inserted_phrase(toks: Tokens, at: int) -> bool:
    """Does token *at* end an inserted phrase («в том числе», «в частности», «прежде всего»), set between a verb and
    the name («Пикет организовала в том числе «Социалистическая альтернатива»»)? Its last word («числе»,
    «частности», «очередь») is then no noun the name depends on as an owner or author."""
    for phrase in _RU_INSERTS:
        start = at - len(phrase) + 1
        if start >= 0 and tuple(toks.folded[start:at + 1]) == phrase \
                and all(not toks.gap(k).strip(" \u00a0") for k in range(start + 1, at + 1)):
            return True
    return False


def subject_of_verb_after(toks: Tokens, hit: Hit, lx: Lexicon, ref: int) -> bool:
    """«В заявлении Социалистическое движение Казахстана сообщило, что …» for "A statement from the Socialist
    Movement of Kazakhstan said …" (an author's "by" too: «В статье Юлия Юрченко пишет» for "An article by Yuliya
    Yurchenko says"): the noun before the name stands under a preposition (in no case a subject takes), and a
    finite verb right after the name agrees with it in number — the name is the clause's subject, a nominative,
    not the owner or author of the noun before it. (Not a reflexive, «в заявлении … говорится», nor an
    impersonal «было», nor a neuter past after a person: their subject is none or another.)"""
    if hit.start < 2 or hit.end >= len(toks.words) or toks.folded[hit.start - 2] not in PREPOSITIONS \
            or toks.gap(hit.end).strip(" \u00a0" + CLOSE) or toks.gap(hit.start).strip(" \u00a0" + OPEN):
        return False
    verb, person = toks.folded[hit.end], lx.kinds[ref] == "person"
    if not toks.words[hit.end].islower() or not verb_like(verb) or verb in _RU_IMPERSONAL \
            or verb.endswith(("ся", "сь")) or (person and verb.endswith("ло")):
        return False
    return (_RU_FINITE_PLURAL if lx.spec(ref, "ru").plural else _RU_FINITE_SINGULAR).fullmatch(verb) is not None


def aimed_past_pair(toks: Tokens, covered: list[bool], at: int) -> bool:
    """Is the «на» at token *at* one of a pair after a word of aiming («опирается не на Китай, а на Россию»,
    «надеется как на Россию, так и на Китай»)? Only the pair's words (and, for the second, the first «на» and the
    name after it) stand between: the verb governs both phrases, an accusative (its target), not where something
    is."""
    k = at - 1
    while k >= 0 and (toks.folded[k] in _RU_PAIRING or toks.folded[k] == "на" or covered[k]):
        if SENTENCE_END.search(toks.gap(k)):
            return False
        k -= 1
    return 0 <= k < at - 1 and _RU_AIMING.match(toks.folded[k]) is not None
