"""Reading the English source around a name for the target rules: how it is mentioned there
(after which preposition, as an object, in apposition, as a place or a direction), which
decides the case the translation must give it."""

from __future__ import annotations

import re

from ..english_context import (
    DETERMINERS,
    IRREGULAR_OBJECT_PASTS,
    WHOLE_OF,
    noun_next,
    past_participle,
    right_before,
    subject_verb,
    word_in_small_letters_after,
)
from ..forms import Hit
from .state import (
    SegmentState,
)

EN_IN_ON_BEFORE = right_before("in|on")
#: the English possessive right after a name ("Tokayev's")
POSSESSIVE = ("'s", "\u2019s")
#: the English words right before a name: "in|at [the]", "of [the]"
_IN_PLACE = right_before("in|at|inside|within")
#: "on" right before a name ("worked on Kashagan") ...
_EN_ON_PLACE = right_before("on")
#: ... not after a verb of aiming, attacking or marching ("fired on", "marched on", "turned on", "focus on")
_EN_AIMED_ON = re.compile(r"(?i)\b(?:fir|shoot|shot|march|advanc|mov|turn|focus|attack|rel[iy]|depend|call|impos|"
                          r"drew|draw|comment|report|agree|decid|insist|spen[dt]|pressure|sanction|ban|rid|bet|stak|count|wager)\w*\s+"
                          r"(?:the\s+)?on\s+(?:the\s+)?$")
#: ... and "at" not after a verb or adjective of looking, aiming or feeling ("looked at China with suspicion", "aimed
#: squarely at Moscow", "laughed at Tokayev"): the name is what it is directed at, no place where something happens
#: («Қытайға күдікпен қарады», «смотрел на Китай»)
_EN_DIRECTED_AT = right_before(r"(?:aim|direct|look|stare|glanc|point|shoot|shot|fire|throw|threw|hurl|laugh|shout|"
                               r"yell|angry|anger|furious|jeer|swipe|lash|hit)\w*\s+(?:out\s+|[a-z]+ly\s+)?at")
#: An English past participle: regular, in -en, or one of the irregular ones the sources use (a passive's verb:
#: "was arrested", "has been taken", "to be freed", "be brought")
PAST_PARTICIPLE = (r"(?:[a-z]+ed|[a-z]+en|caught|held|kept|led|left|made|met|paid|put|seen|sent|shot|sought|struck|"
                   r"taken|told|thrown|won|bought|brought|fought|set|let|shut|cut|built)")
#: "to be" or a bare "be", then a past participle, right after a name: a passive infinitive ("for Roza Tuletaeva to
#: be cleared") or subjunctive ("that the Constitution be restored")
_PASSIVE_INFINITIVE_AFTER = re.compile(r"\s+(?:to\s+)?be\s+(?:[a-z]+ly\s+)?" + PAST_PARTICIPLE + r"\b")
EN_OPENING_PLACE = re.compile(r"\s*(?:In|At|Inside|Throughout|Across)\s+(?:the\s+)?$")
#: "leave for", "set off for": where one goes
LEAVING_FOR = r"(?:set\s+(?:off|out)|left|leave|leaves|leaving|headed|heading|departed|bound|flew|sailed)\s+for"
_EN_LEFT_FOR = right_before(LEAVING_FOR)
#: "in" right before a name (not "at": "at the CSTO summit" …)
EN_IN_BEFORE = right_before("in|within|inside")
#: ... and "on" right before a name ("a seat on the Security Council")
EN_ON_BEFORE = right_before("on")
#: English forms of "be", which a past participle after makes a passive ("was taken", "were held")
_EN_BE = frozenset("is are was were be been being".split())
#: A preposition, then a title in apposition before a person's name ("with the Prime Minister of the
#: United Kingdom, ")
_EN_TITLED_APPOSITION = re.compile(r"(?i)\b(with|to|from|by|for|against|about)\s+the\s+(?:[A-Za-z-]+\s+){0,3}"
                                   r"(?-i:[A-Z])[a-z-]+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3})?,\s+$")
#: "the city of", "the town of" right before a place's name
# (an adjective or two before the noun too: "in the Kazakhstani city of Zhanaozen", "the western oil town of")
_EN_KIND_OF_PLACE = re.compile(r"(?i)\s+(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:city|town|village|settlement|port|oil\s+town|mining\s+town)\s+of\s+$")
#: "into"/"onto" right before a name: the direction, Russian в/на + accusative
_INTO_BEFORE = right_before("into|onto")
#: "reached Europe": the place arrived at, which Russian в/на give in the accusative after a verb of
#: arriving («попадает в Европу»; not «митинги прошли в Петропавловске», the English verb turned round)
EN_REACHED_BEFORE = right_before("reach|reaches|reached|reaching")
_OF_BEFORE = right_before(r"(?<!\bout\s)of")      # ("out of Zhanaozen" is "from": no owner)
#: A capitalised word (no sentence's first) right after a name: a longer name goes on ("Zhanaozen City Court")
_EN_NAME_GOES_ON = re.compile(r"[ \u00a0]+(?:[A-Z][a-z]+|[A-Z]{2,})\b")
#: "to <name>" giving or addressing something to someone ("a letter to Biden", "gave the floor to
#: Marko Bojcun"): not after the words it makes a preposition with ("according to", "next to")
_TO_BEFORE = re.compile(r"(?i)(?:^|\b([a-z]+)\s+)to\s+(?:(?:the|a|an)\s+)?$")
_OFFICES_TO = frozenset("ambassador ambassadors envoy envoys representative representatives consul delegate "
                        "delegates mission".split())
TO_IN_PREPOSITIONS = frozenset("according due thanks next close prior owing compared similar addition regard "
                               "respect relation up as contrary opposed related "
                               # ("confined to Almaty": where it stayed, «тек Алматыда болды»)
                               "confined limited restricted".split())
NOT_DIRECTION_TO = TO_IN_PREPOSITIONS | _OFFICES_TO


#: English verbs of arrival, motion and placement: their "in" is Russian в + accusative
#: ("arrived in Uralsk" → прибыли в Уральск, "invested billions in Kazakhstan" → вложила в Казахстан)
_ARRIVAL = re.compile(
    r"(?:arriv|land|return|came$|come|got$|get$|gets$|getting|flew|flown|fly|flies|flow|deploy|mov|sent$|send"
    r"|brought|bring|invest|put$|puts$|putting|pour|inject|introduc|transfer|import|export|went$|go$|goes"
    r"|going|gone|travel|head$|heads$|headed|heading$|march|rush|fled|flee|drove|drive|driven|enter|ship"
    r"|deliver|airlift|dispatch|settl|placed|placing|suppl|sell|sold|deport|exiled$|exiling|evacuat|relocat)")
#: ... of which those that carry someone or something somewhere: the name right after one, with where
#: to or from after it ("sent Roza Tuletaeva to prison", "deported Kurmanov from Russia"), is what is
#: carried, the verb's object (not "sent Kazakhstan troops": the one they go to)
_CARRYING = re.compile(r"(?:sent$|send|brought|bring|deport|exil|evacuat|relocat|transferr|moved$|deploy|ship|"
                       r"deliver|airlift|dispatch|sold$|sell|drove$|driven$)")
_WHERE_TO_AFTER = re.compile(r"\s+(?:to|into|out\s+of|from|back\s+to|abroad|home)\b")
#: the endings of agent nouns made from verbs (drivers, investors; not actions, whose "in" is the
#: verb's: "the deployment of troops in Kazakhstan", «ввод войск в Казахстан»)
_EN_AGENT_NOUN = re.compile(r"(?:er|ers|or|ors)$")
# (not пошёл, ушёл: «пошёл на вторую неделю», «ушёл в отставку» move nobody anywhere)
#: Russian verbs of entering, joining and including (входит, вступила, включили), whose в takes the accusative
RU_ENTERING_STEMS = r"вход|вош|войд|вступ|включ|включа"
#: Russian verbs and nouns of appealing to a body (обратились, обращение), whose в takes the accusative
RU_APPEALING_STEMS = r"обрат|обращ"
#: Russian verbs of electing (избрали, выбрать), whose в takes the accusative of the body one is elected to
RU_ELECTING_STEMS = r"избра|избир|выбра|выбир"
#: Russian words that take в + the accusative of what one joins, enters, turns to, sends to, invests
#: in or believes in (вступить в, включён в, обратились в, направлено в, вложить в, верить в)
#: (the verbs of entering, :data:`RU_ENTERING`, among them; those of coming and going are the clause's
#: motion test, :meth:`_Segment.russian_motion_in_clause`)
_RU_INTO_GOVERNING = re.compile(rf"(?:{RU_ENTERING_STEMS}|{RU_APPEALING_STEMS}|войт|интегр|направ|посла|посыл"
                                rf"|подал|подан|подать|прин|приём|прием|{RU_ELECTING_STEMS}|делегир|инвест|влож|вклад"
                                r"|вер[иуяо]|перешл"
                                r"|перейд|перех|превра|преобраз|вовле|втян|вмеш|вторж|запис|верну|прийт|приглас"
                                r"|внес|внёс|передал|передан|переда)")
#: Nouns and verbs of going into a country right before "in", which Russian says with в + accusative
#: as well as the locative («интервенция в Казахстан», «вмешательство в Казахстан», «вторжение в Украину»)
_EN_INTERVENTION_IN = right_before(r"(?:interven\w*|interfer\w*|invasion|invad\w*|incursion)\s+in")
#: What may stand between an English verb and its object ("trusted either Tokayev or …", "thanked
#: not only Murphy")
_OBJECT_TAIL = r"\s+(?:(?:either|neither|both|not\s+only|only|also|even|just)\s+)?(?:the\s+|an?\s+)?" + WHOLE_OF + "$"
#: ... or in a progressive tense, "were openly criticising Tokayev", "is now heading the KNB"
_PROGRESSIVE_OBJECT = re.compile(r"\b(?:am|is|are|was|were|been|be)\s+(?:(?:now|still|already|[a-z]+ly)\s+)?"
                                 r"([a-z]{3,}ing)" + _OBJECT_TAIL)
#: Words in -ing that are no participle with an object: prepositions (including, following), nouns (meeting, uprising)
_NOT_PARTICIPLE_ING = (r"(?!(?i:including|following|regarding|concerning|during|according|being|having|"
                       r"spring|morning|evening|building|meeting|hearing|ruling|uprising|rising|gathering|"
                       r"funding|training|housing|bombing|shooting|killing|wording|beginning|ending|"
                       r"thing|nothing|something|anything|everything)\b)")
#: ... or of a participle that opens a clause of its own, after a comma or at the sentence's start ("…, meaning
#: Nazarbayev", "Citing the BBC, …"): the Kazakh converb or participle that renders it governs the name
_PARTICIPLE_CLAUSE_OBJECT = re.compile(r"(?:^|[,;:\u2013\u2014]\s*)" + _NOT_PARTICIPLE_ING
                                       + r"((?i:[a-z])[a-z]{2,}ing)" + _OBJECT_TAIL)
#: English verbs whose object comes after a preposition where the Kazakh verb takes a direct one, an
#: accusative: listening to (тыңдау), waiting for (күту), looking for (іздеу), standing up for and
#: coming out in defence of (қорғау) — «Крис Фордты тыңдадыңыз ба?», "did you listen to Chris Ford?";
#: or the instrumental of talking and meeting with (сөйлесу, кездесу)
_KK_PREPOSITIONAL_OBJECT = re.compile(r"(?:^|\s)((?:listen|wait|search)(?:ed|s|ing)?\s+(?:to|for)"
                                      r"|look(?:ed|s|ing)?\s+for|(?:stood|stand(?:s|ing)?)\s+up\s+for"
                                      r"|in\s+defen[cs]e\s+of"
                                      r"|vot(?:e|ed|es|ing)\s+for"     # (voting for: «Назарбаевқа дауыс берді»)
                                      # (and the one talked to or met, whose case the Kazakh verb says: «Путинмен
                                      # сөйлесті», "talked to Putin" — «Путинге айтты» is told, a dative)
                                      r"|(?:talk(?:ed|ing)?|sp(?:oke|oken|eak|eaks|eaking)|met|meet|meets|meeting)"
                                      r"\s+(?:to|with))"
                                      + _OBJECT_TAIL)
#: English verbs in the present that act on someone, whose object a name right after them is
_EN_PRESENT_OBJECT_VERBS = (r"(?:accuse|blame|condemn|criticise|criticize|praise|urge|warn|invite|congratulate|"
                            r"arrest|detain|sentence|defend|oppose|support|back|dismiss|appoint|replace|visit|call|label|"
                            r"brand|describe|fear|trust|distrust|help|respect|relieve|remove|strip|release|sack|expel|summon|"
                            r"chair|head|lead|govern|know|border|"
                            # remembering, missing, celebrating; running and developing a field or company
                            r"miss|remember|forget|celebrate|commemorate|mourn|operate|develop|legali[sz]e|ban|unban|owe|see|"
                            # serving, obeying, threatening, resembling
                            r"serve|obey|threaten|resemble|believe)"
                            r"(?:s|es)?(?![a-z])")
#: A bare verb (no article or adverb, no -ing, -ed or -ly form) after a modal or auxiliary
_BARE_VERB = (r"(?!(?:the|a|an|be|have|only|also|even|just|from|with|into|onto|for|about|against|over|under|after|"
              r"before|without|through|across|behind|toward|towards|among|than|and|but|nor|not)\b)[a-z]{3,}(?<!ing)"
              r"(?<!ed)(?<!ly)")    # (no preposition: "what does the diaspora expect from Tokayev?")
#: An English verb right before a name makes the name its object ("thanked Paul Murphy", "met
#: Tokayev"): a past form standing as a word of its own (not "Russian-led", "so-called") ...
_OBJECT_VERB = re.compile(r"(?:^|[\s,;(])((?:[a-z]+ed|" + "|".join(sorted(set(IRREGULAR_OBJECT_PASTS))) + r")"
                          # (a particle after it: "set up the Council of Aksakals", "took over the KNB"; not "in")
                          r"(?:\s+(?:up|down|over|out|off|back|away))?"
                          r"|thanks|thank|call(?:ed|s)?\s+(?:on|upon)"      # ("called on Tokayev")
                          r"|call(?:ed|s)?\s+in"        # ("called in the CSTO", summoned it)
                          # the present of verbs that act on someone ("Critics accuse Tony Blair of …")
                          r"|" + _EN_PRESENT_OBJECT_VERBS +
                          # a gerund after "went on" ("went on advising Nazarbayev")
                          r"|(?<=went on\s)[a-z]{3,}ing|(?<=carried on\s)[a-z]{3,}ing"
                          r"|(?<=kept on\s)[a-z]{3,}ing"
                          # a verb after a modal or "not" ("could not trust Nazarbayev")
                          r"|(?:(?<=\b(?:can|not|did|may)\s)|(?<=\bwill\s)|(?<=\b[Nn]ever\s)|(?<=n't\s)|(?<=n\u2019t\s))"
                          + _BARE_VERB + ")"
                          + _OBJECT_TAIL)
#: Where a sentence (or a quoted one) begins: the text's start, after its end mark or a dash, or an opening quote
_SENTENCE_START = r"(?:^|[.!?:\u2014\u2013]\s|[\"\u201c\u2018'(])\s*"
#: ... or an imperative that opens its sentence, a slogan's ("Restore the 1993 Constitution!", "Free Roza
#: Tuletaeva"): a capitalised word then "the" (a title before a name is no verb: "President Tokayev")
_IMPERATIVE_OBJECT = re.compile(_SENTENCE_START +
                                r"(?!(?:Inside|Across|Against|Despite|After|Before|Outside|Under|Over|Within|Without|"
                                r"Throughout|During|Beyond|Behind|Like|Unlike|Near|Around|Among|Amid|About|Above|Below|Between|Through|Toward|Towards|Onto|Into|"
                                r"Upon|Via|Beside|Besides|Except|Including|Regarding|Concerning|Following|Given|"
                                r"Meanwhile|Then|Today|Yesterday|Tomorrow|Also|Only|Even|Just|Here|There|Now|And|But|"
                                r"Or|So|Yet|Both|Either|Neither|Nor|All|Why|How|When|Where|What|Who|Which|While|If|Once|Since|Until|As|"
                                r"Because|Although|Though|Whether|Not|Never|Please|Thanks|Thank|"
                                # (a question's auxiliary, whose subject follows: "Did the Council … play")
                                r"Did|Does|Do|Can|Could|Will|Would|Should|Shall|May|Might|Must|Is|Are|Was|Were|"
                                r"Has|Have|Had)\b)"
                                r"([A-Z][a-z]{2,}(?<!ing)(?<!ed)(?<!ly)(?<!s))\s+the\s+" + WHOLE_OF + "$")
#: ... and before a name with no article, only a verb that acts on people ("Invite Paul Mason", "Call Paul
#: Murphy", "Free Roza Tuletaeva"; a title there is no verb: "President Tokayev")
_IMPERATIVE_PERSON = re.compile(_SENTENCE_START +
                                r"(Free|Release|Call|Phone|Ring|Invite|Ask|Tell|Thank|Support|Defend|Remember|"
                                r"Contact|Help|Save|Stop|Arrest|Punish|Judge|Sack|Dismiss|Remove)\s+$")
#: A determiner right before a word: a past participle after it is an adjective ("the banned party";
#: not "that", a relative: "the court that sentenced")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|these|our|your)\s+$")
#: ... or a bare verb after an auxiliary with its subject and an adverb between, as questions and
#: emphatic sentences have it ("did Tokayev still trust the KNB", "could the CSTO really help Tokayev")
_AUXILIARY_OBJECT_VERB = re.compile(r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill|[Ss]hould|[Mm]ight|"
                                    r"[Mm]ust)(?:n't|\s+not)?\s+(?:(?:he|she|they|we|you|it|I)\s+|(?:the\s+)?"
                                    r"(?:[A-Z][\w'\u2019-]*\s+){1,3}|the\s+(?:[a-z]+\s+){1,3}"
                                    # (a plural noun with no article: "Why do critics mention Joe Biden?")
                                    r"|(?:[a-z]+\s+)?[a-z]{3,}[^s\W]s\s+)"
                                    r"(?:(?:still|really|ever|even|also|actually|"
                                    r"never|not|then|now|already|truly|fully)\s+)?"
                                    "(" + _BARE_VERB + ")"
                                    + _OBJECT_TAIL)
#: ... or an infinitive ("to summon Tokayev"; not an adjective before a place: "to central Almaty"),
#: read for Russian only, where the infinitive governs its object as the verb does; Kazakh renders
#: it as a verbal noun of its own government («Қазақстанға көмектесу», "to help Kazakhstan")
_INFINITIVE_OBJECT = re.compile(r"(?:^|\s)to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|central|western|"
                                r"eastern|northern|southern|nearby|downtown|distant|remote|rural|independent|oil|be|"
                                r"have)\b)([a-z]{3,})(?<!ing)(?<!ern)(?<!ian)(?<!ese)(?<!ic)(?<!al)(?<!ed)(?<!ly)"
                                + _OBJECT_TAIL)
#: A gerund after a preposition, its object right after it ("insist on restoring the 1993 Constitution",
#: "jailed for defending Tuletaeva"): a verb, whichever way the translation says it (an infinitive, a noun of
#: action); not a preposition in -ing ("including Tokayev", "following Nazarbayev's fall") nor a noun
_GERUND_OBJECT = re.compile(r"\b(?:on|for|by|about|of|from|after|before|without|against|in)\s+"
                            + _NOT_PARTICIPLE_ING + r"([a-z]{3,}ing)" + _OBJECT_TAIL)
#: A person's title right before the name, a word or two before its noun ("Chinese leader", "Foreign
#: Minister", "activist"): the name is in apposition to it, and a verb before it acts on the person
EN_TITLE_TAIL = re.compile(r"(?<=\s)(?:[A-Z][\w'\u2019]*\s+){0,2}(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|"
                            r"[Ll]eader|[Cc]hairman|[Cc]hairwoman|activist|journalist|historian|MP|[Dd]eputy|"
                            r"[Gg]eneral|[Ss]ecretary|[Aa]mbassador|[Cc]hief|[Cc]ommander|lawyer|unionist|blogger|"
                            r"official|spokes(?:man|woman)|[Pp]remier|ruler|dictator|[Ee]nvoy|[Pp]rosecutor)\s+$")
#: The names of a list before the last one ("Atyrau, Uralsk and "), at the end of the English before it
_EN_LIST_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|"
                             r"\s+(?:and|or)\s+))+$")
#: ... and an adjective of time before such a title ("the former president", "the then prime minister")
_EN_TITLE_ADJECTIVE = re.compile(r"(?i)\b(?:former|then|late|new|current|ex-|outgoing|acting)\s*$")
#: ... unless it says who speaks ("…, said Tokayev"), names or links ("called", "remained"), or
#: takes no object, so that a name after it is its subject, inverted ("Then resigned Mamin")
_NOT_OBJECT_VERBS = frozenset(
    "said added noted stated stressed declared announced explained insisted warned replied answered asked wrote "
    "claimed argued continued concluded recalled reported remarked observed commented emphasised emphasized "
    "underlined admitted confirmed acknowledged complained responded tweeted posted named called renamed "
    "dubbed titled remained seemed appeared proved followed based armed united allied "
    "died resigned emerged happened occurred existed participated intervened reacted retired collapsed "
    "survived included featured".split())      # (the members a whole "included" are often made its subject)
#: ... of which the verbs of naming, whose object is what they name where the name given follows it ...
_NAMING = frozenset("called named dubbed renamed".split())
#: ... as a quote or a noun phrase of its own right after the name
_EN_NAME_GIVEN_AFTER = re.compile(r"\s+(?:[\u2018\u201c'\"«]|(?:a|an|the|its|his|her|their)\s)")
#: ... of which those that take the one spoken to as their object ("Police asked Steve McSweney
#: to move", "Tokayev warned Nazarbayev"), unless they follow a quotation or a comma, where a name
#: after them says who speaks ("'Why?' asked Tokayev", "…, warned Tokayev"); Russian only, where
#: the one asked or warned is the accusative (Kazakh asks from someone: Тоқаевтан сұрады)
_SPEAKING_TO = frozenset("asked warned".split())
_SPEAKER_BEFORE = re.compile(r"(?:^|[,:;'\"\u2019\u201d?!\u2014\u2013-])\s*$")
#: The English generic noun of a company or party itself after its name ("the Kazakhmys corporation", "the
#: PetroKazakhstan company", "the Left Bloc coalition")
EN_ITSELF_NOUN = (r"(?:company|firm|corporation|concern|holding|group|consortium|coalition|alliance|bloc|party"
                  r"|movement|federation|front)")
#: English generic nouns a company, party or outlet is named beside ("the company X", "the X company")
_EN_GENERIC = (r"(?:company|companies|firm|corporation|enterprise|plant|factory|refinery|mine|field|party|movement|"
               r"organi[sz]ation|union|newspaper|paper|channel|agency|bank|group|holding|concern|fund|operator|"
               r"outlet|website|site|magazine|station|consortium|venture|subsidiary|coalition|bloc|alliance|"
               r"front|network|campaign|committee|council|federation|league|association|journal|bulletin|"
               r"platform|initiative|faction)")
#: "afraid of", "proud of", "aware of": an adjective's "of", which names what the feeling or knowledge is
#: about, no owner
EN_FEARING = r"afraid|scared|fearful|frightened|terrified|wary"
_EN_GENERIC_BEFORE = re.compile(rf"(?i)\b{_EN_GENERIC}\s+['\"\u201c\u2018\u00ab]?$")     # (the movement 'Labor Russia')
# singular: "the X company" (not "a KazMunayGas subsidiary", another company, the name's: «дочерней компании
# «КазМунайГаза»»)
_EN_GENERIC_AFTER = re.compile(rf"(?i)^\s+(?!companies\b|subsidiar){_EN_GENERIC}(?![a-z])")
# or set after it, between commas: "Workers Power, a British Trotskyist group" (the group is the name)
_EN_APPOSITIVE_AFTER = re.compile(rf"(?i)^\s*,\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,3}}{_EN_GENERIC}(?![a-z])")
#: English "a message from Xi Jinping": after a noun, a genitive in Russian
FROM_BEFORE = re.compile(r"(?i)\b(from|at)\s+(?:the\s+)?$"      # and "the strikers at Ozenmunaigas"
                         # "police in Shymkent": "in" after a word that is no verb, pronoun or adverb
                         r"|\b(?!(?:is|are|was|were|be|been|being|and|or|but|it|them|him|her|us|me|you|out|up|"
                         r"down|back|only|even|also|just|part|not|all|both|each|people|who|which|that)\s)"
                         # (not an adverb in -ly, but the nouns shaped like one: "the rally in", "the assembly in")
                         r"[a-z]+(?<!ed)(?<!ing)(?:(?<!ly)|(?<=\brally)|(?<=\bassembly)|(?<=\bfamily))"
                         r"\s+(in)\s+(?:the\s+)?$")
#: ... and a noun in -ing after an article or a possessive, then "in" ("the building in", "a meeting in")
_EN_ING_NOUN_IN = re.compile(r"(?i)\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z]+\s+)?[a-z]{3,}ing\s+in\s+"
                             r"(?:the\s+)?$")
#: Verbs of motion and position before "in" that the "in after a noun" cue cannot tell from nouns
EN_IN_AFTER_VERB = frozenset(IRREGULAR_OBJECT_PASTS) | frozenset(
   "came come comes went go goes sat sit stood stand lay lie lies live lives stay stays remain remains "
   "arrive arrives work works serve serves".split())
#: joining or entering right before the name: в + the accusative of direction
_EN_JOINED_BEFORE = right_before("joined|joins|join|joining|entered|enters|enter|entering")
#: English verbs of giving with two objects ("offered Tokayev military aid": Tokayev is the recipient)
EN_GIVING_BEFORE = re.compile(r"(?i)\b(?:offer(?:ed|s)?|gave|give|gives|given|sent|send|sends|hand(?:ed|s)?|"
                              r"promis(?:ed|es|e)|grant(?:ed|s)?|show(?:ed|s|n)?|told|tell|tells|paid|pay|pays|"
                              r"lent|lend|lends|sold|sell|sells)\s+(?:the\s+)?$")
#: English calling on someone (to act, or for something) right before the name: "called on Kazakhstan", "calls upon"
EN_CALLED_ON = r"call(?:ed|s|ing)?\s+(?:up)?on"
#: English verbs whose first object is the one told, informed, promised or paid whatever follows it
#: ("told Paul Murphy about the committees", "informed Putin that …", "paid Tony Blair millions")
EN_RECIPIENT_FIRST = re.compile(r"(?i)\b(?:told|tell|tells|telling|informed|inform|informs|informing|promised|"
                                r"promise|promises|paid|pay|pays|assured|assure|assures)\s+(?:the\s+)?$")
#: English prepositions before a Kazakh pair of names, and the case each asks for
EN_CASE_BEFORE = right_before("(in|at|to|into|from|with)")
EN_AND_AFTER = re.compile(r"(?i)\s+and\s")
#: English "spread to", "extended to": the names after it are where something went, an object in Russian
#: («охватили Атырау, … и Кызылорду»)
# ("spread from Mangystau Region to": up to four words of where from between)
EN_SPREAD_TO = re.compile(r"(?i)\b(?:spread|spreading|spreads|extended|extending|expanded|moved)\s+(?:\w+\s+){0,4}?"
                          r"to\s+(?:the\s+)?" + WHOLE_OF + "$")     # ("spread to neighbouring Atyrau Region")
#: English right after a name that makes it a passive's subject ("was replaced", "had been arrested")
_EN_PASSIVE_HEAD = (r"(?i)^\s+(?:(?:was|were|is|are)(?:\s+(?:not|never))?"
                    r"|(?:has|have|had)(?:\s+(?:not|never))?\s+been|will(?:\s+(?:not|never))?\s+be)\s+"
                    # ("was not registered", "has never been fully investigated", "was never once named")
                    r"(?:(?:also|then|later|soon|now|still|already|again|quickly|formally|once|ever|even|"
                    r"[a-z]+ly)\s+)?" + PAST_PARTICIPLE)
EN_PASSIVE_AFTER = re.compile(_EN_PASSIVE_HEAD + r"\b"
                              # (not before "to" and a verb, "was forced to resign"; a term, "was sentenced
                              # to seven years", is no verb)
                              r"(?!\s+(?:to(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                              r"twelve|fifteen|twenty|life|death)\b)|by\s+the\s+fact))")
#: ... and the same passive before "to" and a verb ("was not allowed to register", "was forced to resign"), whose
#: subject may be the verb's after it: what the translation says decides
EN_PASSIVE_BEFORE_TO = re.compile(_EN_PASSIVE_HEAD + r"\s+to\s+[a-z]+")
#: "to" a name after a verb of sending, giving or addressing in the same clause ("sent their
#: demands to President Tokayev", "appealed to the CSTO")
EN_TO_RECIPIENT = re.compile(
   r"(?i)\b(?:sen[dt]|sends|sending|gave|give|given|gives|giving|hand(?:ed|s|ing)?|deliver(?:ed|s|ing)?|"
   r"address(?:ed|es|ing)?|appeal(?:ed|s|ing)?|pass(?:ed|es|ing)?|transferr?(?:ed|s|ing)?|submit(?:ted|s|ting)?|"
   r"present(?:ed|s|ing)?|offer(?:ed|s|ing)?|sold|sell(?:s|ing)?|report(?:ed|s|ing)?|explain(?:ed|s|ing)?|"
   r"paid|pay|pays|paying|"
   r"wr(?:ote|ite|ites|iting)|turn(?:ed|s|ing)?|"
   # (and the nouns of what is sent: "my letter to Bachelet", "an open letter to Tokayev", "a petition to the UN")
   # (not "according to KPMG", "thanks to", "due to": no one it goes to)
   r"letters?|messages?|telegrams?|petitions?|complaints?|requests?)\b[^.;:!?]*?\b(?<!according )(?<!thanks )"
   r"(?<!due )to\s+(?:the\s+)?"
   r"(?:(?:President|Prime|Minister|former|Mr|Mrs|Ms|Dr|General|Secretary|Comrade)\s+)*$")


#: "at" right before a name ("questioned at the National Security Committee")
_EN_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
#: What a people's adjective or noun adds to the name of its place (Armenia|n, Kazakhstan|i, Russia|ns)
_EN_DEMONYM_TAIL = re.compile(r"(?:n|an|ian|i|ese)s?\b")


def occurrences(text: str, part: str, *, words: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of *part* in *text* (with *words*, only as a whole word);
    plain string search, no pattern compiled per name."""
    out: list[tuple[int, int]] = []
    at = text.find(part) if part else -1
    while at >= 0:
        end = at + len(part)
        if not words or ((at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())):
            out.append((at, end))
        at = text.find(part, at + 1)
    return out


def aimed_on(before: str) -> bool:
    """Does the English *before* a name end with "on" after a verb or noun of aiming at, pressing or
    banning something ("fired on", "pressure on", "the ban on")?"""
    return _EN_AIMED_ON.search(before) is not None


def after_to(before: str, excluded: frozenset[str]) -> bool:
    """Does the English *before* a name end with "to [the]", not after one of the words in
    *excluded* ("according to")?"""
    to = _TO_BEFORE.search(before)
    return to is not None and (to.group(1) or "").lower() not in excluded


def _arrival_verb(word: str) -> bool:
    """Is the English *word* (small letters) a verb of arrival, motion or placement (or an action
    noun of one) — not the agent noun of one ("bus drivers in Semey", "investors in Kazakhstan"),
    nor a movement, which is where it is ("the Hirak movement in Algeria", "troop movements in
    the region")?"""
    return _ARRIVAL.match(word) is not None and (not _EN_AGENT_NOUN.search(word)
                                                 or word in ("enter", "enters", "deliver", "delivers")) \
        and word not in ("movement", "movements")


#: The verbs of arrival or placement that are nouns of a thing or a place after a determiner, no moving
_EN_THING_NOUNS = frozenset("land lands ship ships head heads drive drives ground grounds".split())


#: The English articles and possessive determiners: a word after "to" that is one of them makes "to" a preposition
#: ("to the strikers"), any other word in small letters an infinitive's ("to stage")
EN_ARTICLES = "the|a|an|its|their|his|her"
#: where a clause ends in English: a sentence's punctuation, or a conjunction that opens a clause of its own
_EN_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\b(?:while|whereas|although|though|because)\b")


#: a plural English noun, as words go in small letters ("miners", "detainees", "families"; not "press", "this")
_EN_PLURAL_NOUN = re.compile(r"[a-z]{2,}[^su]s|[a-z]+ies")


def arrival_in_clause(before: str) -> bool:
    """Is there a verb of arrival, motion or placement in the last clause of *before*, and no
    passive of another verb after it ("the decision to send troops was taken in Moscow": the place
    is where it was taken)?"""
    # (a clause of its own after a conjunction of contrast or cause: "troops were flying into Almaty while the strikers
    # held out in Zhanaozen" — the flying is not the holding out's)
    clause = _EN_CLAUSE_BREAK.split(before)[-1]
    # (an infinitive in small letters after "to", the words as written: "to stage", not "to Almaty and")
    infinitives = {match.start() for match in re.finditer(rf"\bto\s+(?!(?:{EN_ARTICLES})\b)[a-z]{{3,}}\b",
                                                           clause)}
    # ("going on", "went on": continuing, not moving — «в Уральске идёт забастовка»)
    # ("came out in Shymkent": took to the streets there — nobody arrives; "the demands put forward in Zhanaozen":
    # proposed there — nothing is put anywhere)
    # (blanked, not cut, so that the infinitives' offsets above still point into the clause)
    clause = re.sub(r"\b(?:go|goes|going|gone|went)\s+on\b|\b(?:come|comes|coming|came)\s+out\b"
                    r"|\b(?:put|puts|putting)\s+forward\b",
                    lambda match: " " * len(match.group()), clause.lower())
    words = re.findall(r"[a-z]+", clause)
    # ("the heads of foreign companies in Nur-Sultan": "head" before "of" is the noun, no verb of going; so is
    # the first half of "head office", "headquarters")
    # (nor a word right after an article or a possessive that is then a noun of a thing, not of moving: "the land
    # of sturgeon" — "the deployment", "their return", "the arrival" still move someone)
    last = next((k for k in range(len(words) - 1, -1, -1) if _arrival_verb(words[k])
                 and not (words[k] in ("head", "heads") and words[k + 1:k + 2] in (["of"], ["office"], ["offices"]))
                 and not (k and words[k - 1] in DETERMINERS and words[k] in _EN_THING_NOUNS)),
                None)
    if last is None:
        return False
    # ("send greetings to the miners on strike at Kazakhmys": the motion's destination is already given, "to" people
    # named by a plural noun, so a place "in" or "at" further on says where they are, not where anything goes — not
    # "went to the ministry in Astana", which Kazakh and Russian may send to Astana too)
    if words[-1] in ("in", "at") and any(
            words[k] in ("to", "into") and words[k + 1] in DETERMINERS and k + 2 < len(words) - 1
            and _EN_PLURAL_NOUN.fullmatch(words[k + 2]) is not None and words[k + 3:k + 4] != ["s"]
            for k in range(last + 1, len(words) - 2)):
        return False
    if any(word in _EN_BE and k + 1 < len(words) and past_participle(words[k + 1])
           and not _ARRIVAL.match(words[k + 1]) for k, word in enumerate(words[last + 1:], last + 1)):
        return False
    # ("sent an inquiry about those detained in Taraz": a participle of another verb right before the
    # preposition has the place, a relative clause of its own)
    if len(words) >= 2 and len(words) - 2 > last and words[-1] in ("in", "at") and past_participle(words[-2]) \
            and not _arrival_verb(words[-2]):
        return False
    # ("sent a message … opposing any attempt to stage a revolution in Kazakhstan": an infinitive of
    # another verb after it has the place)
    if infinitives:
        arrival_at = [m.start() for m in re.finditer(rf"\b{re.escape(words[last])}\b", clause)]
        following = [m for m in re.finditer(r"\bto\s+([a-z]+)", clause) if m.start() in infinitives
                     and arrival_at and m.start() > arrival_at[-1] and not _arrival_verb(m.group(1))]
        if following:
            return False
    # (a question puts its "be" first: "Was the decision to send troops taken in Moscow?")
    return not (words[0] in _EN_BE and any(past_participle(word) and not _ARRIVAL.match(word)
                                           for word in words[last + 1:]))


#: English verbs of saying, after which a clause is reported, in the forms a report uses
EN_SAYING_FORMS = "says|said|tells|told|adds|added|claims|claimed|insists|insisted|reports|reported"
#: English verbs (by stem) of judging someone, praising or blaming: "criticised Tokayev for …", "thanked Putin for …"
EN_JUDGING_STEMS = "prais|condemn|criticis|blam|thank|congratulat|accus|hail"
#: English verbs of saying, asking, accusing and judging someone, whose object a Kazakh clause closed by деп (or made
#: a noun) reports about: "accused Massimov of treason", "told the CSTO summit that …", "criticised Tokayev for …"
EN_SAYING_VERB = re.compile(r"(?i)(?:charg|told|tell|sa(?:id|ys?)|warn|assur|remind|inform|promis|ask|urg|"
                            rf"convinc|persuad|{EN_JUDGING_STEMS})\w*")
#: An English verb in a clause of its own: after "that" or a verb of saying, knowing or finding (a few words between:
#: the clause's subject, "told me he had never once voted for"), or "to" right before it
_EN_EMBEDDING = re.compile(rf"(?i)(?:\b(?:that|{EN_SAYING_FORMS}|say|tell|claim|insist|not(?:ed|es)|"
                           r"believ(?:ed|es?)|thinks?|thought|kn(?:ew|ows?)|hear(?:d|s)?|report|wr(?:ote|ites?)|"
                           r"argu(?:ed|es?)|admit(?:ted|s)?|recall(?:ed|s)?|remember(?:ed|s)?|den(?:ied|ies|y)|"
                           r"alleg(?:ed|es?)|explain(?:ed|s)?|warn(?:ed|s)?|announc(?:ed|es?)|declar(?:ed|es?)|"
                           r"confirm(?:ed|s)?|complain(?:ed|s)?|show(?:ed|s)?|found|establish(?:ed|es)?|testifi(?:ed|es))"
                           r"\s+(?:\S+\s+){0,6}|\bto\s+)$")

#: an English word in small letters right after a name, with a suffix only nouns have; plurals
#: only where no verb's third person ends so ("comments", "mentions", "insists" are verbs too)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+(?:tion|ations|sion|ment|ship|ness|ity|ities|ance|ence|ism|oyees|ainees|ittees)"
                         # or the people of a company or organisation ("Kazakhmys miners")
                         r"|(?:workers|miners|oilmen|oil\s+workers|steelworkers|strikers|staff|managers|"
                         r"shareholders|engineers|drillers|members|leaders|activists|supporters"
                         # (and the armed people of a state or alliance: "CSTO troops", "Russian-led forces")
                         r"|troops|forces|soldiers|peacekeepers|contingent|units|officers"
                         # (one of them too: "the journalist and NUJ member", "an RSM activist")
                         r"|member|leader|activist|supporter|official|representative|spokes(?:man|woman|person)|"
                         r"delegate|officials|representatives|spokes(?:men|women|people)|delegates|executives|"
                         r"lawyers|negotiators)"
                         # or what a ruler, a country or a city has ("the Nazarbayev regime", "the Kazakhstan
                         # Embassy", "the London picket")
                         r"|(?:regime|government|embassy|picket|events|protests|uprising|massacre|offices?"
                         # (and its institutions: "the Kyzylorda court", "Uralsk police", "the Almaty akimat")
                         r"|police|court|akimat|authorities|administration|prosecutors?"
                         # (and a city's own places and people: "Almaty airport", "Zhanaozen residents")
                         r"|airport|residents|mayor|akim"
                         # (and a medium's: "his Facebook page", "the Telegram channel")
                         r"|page|account|channel|feed|post"
                         # (and a body's meetings: "the SCO summit", "the CSTO session")
                         r"|summit|summits|session|congress))\b")


#: English "and" between two names ("Putin and the CSTO")
#: (a preposition may be repeated after it, the group: "by Michelle Bachelet and by the EU")
#: ", and" right after a name
_EN_COMMA_AND = re.compile(r"(?i),\s+and\s")
#: "and a", "and an" right before a name: the phrase after "and" is one of its own
_EN_AND_INDEFINITE = re.compile(r"(?i)\band\s+an?\s+$")
_EN_INDEFINITE_BEFORE = re.compile(r"(?i)\ban?\s+$")
_EN_AND_BEFORE = re.compile(r"(?i)\band\s+(?:(by|to|with|from|in)\s+)?(?:the\s+)?$")
#: ... and the preposition right before the first name ("of the Ukrainian Social Movement")
_EN_LAST_PREPOSITION_OF_ANY = right_before("(by|to|with|from|in|of|for|at|on|into|against|about)")
#: ... and "but not" between two names ("thanked Putin, but not Joe Biden")
# (or a bare "not", the preposition repeated: "at Nazarbayev, not at Tokayev")
_EN_BUT_NOT_BEFORE = re.compile(r"(?i),?\s*\b(?:but\s+)?not\s+(?:(?:at|to|for|with|from|of|on|in|by)\s+)?"
                                r"(?:the\s+)?$")
_EN_BUT_NOT_AFTER = re.compile(r"(?i),?\s*(?:but\s+)?not\s")


class SourceReading(SegmentState):
    """Where and how the English source names a referent."""

    def from_noun(self, ref: int) -> bool:
        """Does the English put the referent after a noun and "from", "at" or "in" ("a message from
        Xi Jinping", "police in Shymkent"), which Russian says with a genitive? Not where the name
        modifies the word after it ("from Charing Cross police station"), is a possessor ("came
        in Xi Jinping's message"), or follows a verb of motion or position before "in"."""
        before = self.source_before(ref)
        cue = FROM_BEFORE.search(before)
        # ("the akimat building in Shymkent", "the meeting in Almaty": a noun in -ing after an article, then "in")
        ing_noun = cue is None and _EN_ING_NOUN_IN.search(before) is not None
        if (cue is None and not ing_noun) or noun_next(self.source_around(ref)[1]):
            return False
        in_cue = ing_noun or (cue is not None and cue.group(2) is not None)
        return not (in_cue and (self.english_possessive(ref)
                                or (cue is not None and cue.group(0).split()[0].lower() in EN_IN_AFTER_VERB)))

    def english_object(self, ref: int) -> str | None:
        """The English verb right before the referent that makes it the verb's object ("thanked",
        "swept"), or None: none there, or one that says who speaks, links or takes no object.
        (Asked by many rules of each mention: worked out once per mention.)"""
        key = (ref, self._nth_mention(ref))
        if key not in self._objects:
            self._objects[key] = self._english_object(ref)
        return self._objects[key]

    def _english_object(self, ref: int) -> str | None:
        before = self.source_before(ref)
        verb = _OBJECT_VERB.search(before)
        if verb is None and self.lx.kinds[ref] == "person":
            # ("thanked Chinese leader Xi Jinping", "sentenced activist Roza Tuletaeva": a title between)
            title = EN_TITLE_TAIL.search(before)
            if title is not None:
                verb = _OBJECT_VERB.search(before[:title.start()])
        if verb is None:
            verb = _AUXILIARY_OBJECT_VERB.search(before)
        if verb is None:
            verb = _IMPERATIVE_OBJECT.search(before) or _IMPERATIVE_PERSON.search(before)
        if verb is None:
            verb = _PROGRESSIVE_OBJECT.search(before)
        if verb is None and self.language == "ru":
            verb = _INFINITIVE_OBJECT.search(before) or _GERUND_OBJECT.search(before)
        if verb is None and self.language == "kk":
            verb = _KK_PREPOSITIONAL_OBJECT.search(before) or _PARTICIPLE_CLAUSE_OBJECT.search(before)
        if verb is None:
            return None
        if _DETERMINER_BEFORE.search(before, 0, verb.start(1)):
            return None     # "the banned Socialist Movement": a participle made an adjective, no verb
        # (a verb of naming with what it names the name as after the name — a quote or a noun phrase: "called the CSTO
        # 'Putin's Holy Alliance'" — acts on it; "a party called Nur Otan" gives the name)
        naming = verb.group(1).lower() in _NAMING and _EN_NAME_GIVEN_AFTER.match(self.source_around(ref)[1]) is not None
        if verb.group(1).lower() in _NOT_OBJECT_VERBS and not naming and not (
                ((self.language == "ru" and verb.group(1).lower() in _SPEAKING_TO)
                 or verb.group(1).lower() == "recalled")
                and not _SPEAKER_BEFORE.search(before, 0, verb.start(1))):
            # ("recalled the Zhanaozen massacre": what is remembered — not "…, recalled Tokayev", who speaks)
            return None
        # (a verb of arrival right before a name is no object verb — "entered Almaty" is a dative's
        # direction — except "head", "heads", "headed", which before a name with no "for" or "to" is "lead")
        if _ARRIVAL.match(verb.group(1).lower()) and verb.group(1).lower() not in ("head", "heads", "headed") \
                and not (_CARRYING.match(verb.group(1).lower()) and _WHERE_TO_AFTER.match(self.source_around(ref)[1])):
            return None
        return verb.group(1)

    def infinitive_object(self, ref: int) -> bool:
        """Does the source put the referent right after an infinitive that takes it as its object
        ("asked the court to summon Nazarbayev")?"""
        return self.infinitive_verb(ref) is not None

    def passive_infinitive_subject(self, ref: int) -> bool:
        """Is the referent the subject of an English passive infinitive or subjunctive ("calling for
        Roza Tuletaeva to be cleared", "demanded that the 1993 Constitution be restored"), what the
        action is done to — the object of a Kazakh verbal noun («Роза Төлетаеваны ақтауды»)?"""
        return _PASSIVE_INFINITIVE_AFTER.match(self.source_around(ref)[1]) is not None

    def infinitive_verb(self, ref: int) -> str | None:
        """The English infinitive or gerund right before the referent that takes it as its object ("summon"
        in "asked the court to summon Nazarbayev", "strengthening" in "called for strengthening the EAEU"),
        or None: Kazakh says either with a verbal noun."""
        before = self.source_before(ref)
        verb = _INFINITIVE_OBJECT.search(before) or _GERUND_OBJECT.search(before)
        return verb.group(1) if verb is not None and verb.group(1).lower() not in _NOT_OBJECT_VERBS else None

    def direction(self, ref: int) -> bool:
        """Does the source put the referent right after "to" ("moved the capital to Astana"), so that
        Russian в/на take the accusative of direction? Not after an office held "to" a country
        ("ambassador to Kazakhstan" is «посол в Казахстане»)."""
        before = self.source_before(ref)
        if noun_next(self.source_around(ref)[1]):
            return False        # "to the London picket": the direction is the picket's («пикету в Лондоне»)
        if _INTO_BEFORE.search(before) or _EN_JOINED_BEFORE.search(before) or _EN_LEFT_FOR.search(before) \
                or EN_SPREAD_TO.search(before):
            # "spread to Atyrau Region": «перекинулась на Атыраускую область»
            # "spilled over into Atyrau Region": «перекинулась на Атыраускую область»; "joined the SCO":
            # «вступил в Шанхайскую организацию сотрудничества»; "leave for Russia": «уехать в Россию»
            return True
        # and a verb of motion in the clause: "welcomed the minister to London" is «принял в Лондоне»;
        # an office "to" a country is where it is held («посол в Казахстане») unless a verb of sending
        # moves its holder there ("sent two delegates to Zhanaozen": «в Жанаозен»)
        office = after_to(before, TO_IN_PREPOSITIONS) and not after_to(before, NOT_DIRECTION_TO)
        if office:
            return arrival_in_clause(_TO_BEFORE.sub("", before))
        return after_to(before, NOT_DIRECTION_TO) and arrival_in_clause(before)

    def english_apposition(self, ref: int) -> bool:
        """Does the source put the name beside a generic noun ("the company Tengizchevroil",
        "(of) the Tengizchevroil company", "Workers Power, a British Trotskyist group") rather than
        before "'s"? Then a Russian
        genitive in quotes after the generic word («в компании «Тенгизшевройла»») is no
        complement "of" the name but a wrongly declined apposition."""
        before, after = self.source_around(ref)
        if before is None or after.startswith(POSSESSIVE):
            return False
        # "workers of the Tengizchevroil company": the "of" governs the generic noun, not the name;
        # a plural after it names what the company owns ("KazMunayGas enterprises": its enterprises)
        return bool(_EN_GENERIC_BEFORE.search(before) or _EN_GENERIC_AFTER.match(after)
                    or _EN_APPOSITIVE_AFTER.match(after))

    def english_generic_before(self, ref: int) -> bool:
        """Does the source put a generic noun right before the name ("the magazine Class View")?"""
        before, after = self.source_around(ref)
        return before is not None and not after.startswith(POSSESSIVE) and bool(_EN_GENERIC_BEFORE.search(before))

    def english_modifier(self, ref: int) -> bool:
        """Is the name followed in the source by a word in small letters ("of the Kashagan
        project")? Then it may modify that word, which the Russian generic word renders
        («проекта Кашаган»), and the "of" before it is that word's."""
        return word_in_small_letters_after(self.source_around(ref)[1])

    def english_subject(self, ref: int) -> bool:
        """Does the source make the name the subject of a verb ("Russia sent troops", "the EU
        received a letter")?"""
        before, after = self.source_around(ref)
        return before is not None and subject_verb(before, after, undergoing=True) is not None

    def english_possessive(self, ref: int) -> bool:
        """Does the source put "'s" after the name ("in Xi Jinping's message", "Ukraine's
        experience")? Russian says the possessor as a genitive after the noun, as for "of": «в
        послании Си Цзиньпина», «опыт Украины»."""
        return self.source_around(ref)[1].startswith(POSSESSIVE)

    def english_verb_embedded(self, ref: int, verb_en: str) -> bool:
        """Does *verb_en*, the English verb before the name, stand in a clause of its own — after "that" or
        a verb of saying or knowing (its subject between: "claimed that 20,000 bandits had attacked Almaty",
        "told me he had never voted for") or right after "to" ("threatened to call Charing Cross")? Not
        "accused NATO of organising": the sentence's own verb."""
        before = self.source_before(ref)
        at = before.rfind(verb_en)
        return at >= 0 and _EN_EMBEDDING.search(before[:at]) is not None

    def english_noun_after(self, ref: int) -> bool:
        """Is the name followed in the source by a noun, known by a suffix only nouns have ("the
        Joe Biden administration", "KazMunayGas management", "Tengizchevroil employees")? Then
        it modifies that noun, which Russian says with the name in the genitive («администрация
        Джо Байдена»), as for "of"."""
        return _NOUN_AFTER.match(self.source_around(ref)[1]) is not None

    def source_around(self, ref: int) -> tuple[str | None, str]:
        """The English source before and after where it names the referent ((None, "") when it
        does not): where it names it for the mention whose context is being read (see
        :meth:`contexts`), else the first time."""
        nth = self._nth_mention(ref)
        found = self._around.get((ref, nth))
        if found is None:
            spans = self.mentions(ref)
            if nth < len(spans):
                start, end = spans[nth]
                before = self.source[:start]
                if self.lx.kinds[ref] == "place":
                    # "in the city of Taraz": the kind of place is the name's own noun, which the target
                    # renders with it (Тараз қаласында, в городе Таразе); the words before it govern the name
                    before = _EN_KIND_OF_PLACE.sub(" ", before)
                elif self.lx.kinds[ref] == "person" and _EN_TITLED_APPOSITION.search(before) \
                        and subject_verb(before, self.source[end:]) is None:
                    # "spoke with the Prime Minister of the United Kingdom, Boris Johnson": the person in
                    # apposition to a title shares the preposition before it (not "In a question to the
                    # Prime Minister, Paul Murphy asked", the subject of the next clause)
                    before = _EN_TITLED_APPOSITION.sub(r"\1 ", before)
                after = self.source[end:]
                if after[:1] in "'\u2019" and after[1:2].isspace() and self.source[end - 1:end] == "s" \
                        and not re.search(r"(?:^|\s)['\u2018]\S[^'\u2019]*$", before):
                    # "the Council of Aksakals' first demand": the plural's possessive (no quotation it
                    # closes), read as "'s" is
                    after = "'s" + after[1:]
                found = (before, after)
            else:
                found = (None, "")
            self._around[(ref, nth)] = found
        return found

    def _nth_mention(self, ref: int) -> int:
        """Which of the source's mentions of *ref* is being read (see :meth:`contexts`): 0 unless
        the referent's mentions are paired."""
        return self._mention[1] if self._mention is not None and self._mention[0] == ref else 0

    def english_kind_of_place(self, ref: int) -> bool:
        """Does the source put the noun of the place's kind before the name, as its own ("the
        industrial city of Zhanaozen")? Then a Russian noun of a settlement before the name is that
        noun («рабочие промышленного города Жанаозен», an apposition), no other place."""
        spans = self.mentions(ref)
        nth = self._nth_mention(ref)
        return nth < len(spans) and self.lx.kinds[ref] == "place" \
            and _EN_KIND_OF_PLACE.search(self.source[:spans[nth][0]]) is not None

    def english_mention(self, ref: int) -> str:
        """The English text of the mention being read ("" when the source does not name it)."""
        spans = self.mentions(ref)
        nth = self._nth_mention(ref)
        return self.source[spans[nth][0]:spans[nth][1]] if nth < len(spans) else ""

    def drop_people_words(self, ref: int, count: int) -> None:
        """Where the translation names the place *ref* *count* times, fewer than the source seems to,
        and the source's extra mentions are the first letters of its people's adjective or noun ("the
        Armenian peacekeepers returned to Armenia", «армянские миротворцы вернулись в Армению»), the
        source's mentions are the place's name written whole: the adjective was rendered as an
        adjective, no name."""
        spans = self.mentions(ref)
        if self.lx.kinds[ref] != "place" or count >= len(spans):
            return
        whole = [(a, b) for a, b in spans if _EN_DEMONYM_TAIL.match(self.source, b) is None]
        if count <= len(whole) < len(spans):
            self._spans[ref] = whole

    def mentions(self, ref: int) -> list[tuple[int, int]]:
        """Where the English source names the referent, in order: each time it writes what it first
        wrote ("John McDonnell"), and for a person also the surname alone elsewhere ("McDonnell's
        intervention"), as a later mention usually shortens a name."""
        found = self._spans.get(ref)
        if found is None:
            written = self.wanted.get(ref) or ""
            found = occurrences(self.source, written)
            # (not inside a longer name the source also mentions: "Communist Voice" in "the Communist Voice
            # Organization")
            longer = [span for other, text in self.wanted.items()
                      if other != ref and text and len(text) > len(written) and written in text
                      for span in occurrences(self.source, text)]
            if longer:
                found = [(a, b) for a, b in found if not any(start <= a and b <= end for start, end in longer)]
            # later, shorter mentions: a person's surname alone ("Bashar al-Assad", then "Assad", its particle
            # gone too), or another of a multiword name's English spellings ("Charing Cross police station",
            # then "back from Charing Cross", not inside a longer name)
            last = written.split()[-1] if written else ""
            shorter: list[str] = []
            surname = self.lx.kinds[ref] == "person" and " " in written and len(last) > 2
            if surname:
                particle, _, bare = last.partition("-")
                shorter = [last] + ([bare] if bare and particle.islower() and len(bare) > 2 else [])
            elif " " in written and written[:1].isupper():
                shorter = [spelling for spelling, status in self.lx.forms(ref, "en")
                           if status != "deprecated" and spelling != written and len(spelling) > 3
                           and spelling in written]
            # (and its other spellings: "moved from Almaty to Astana … bore the name Nur-Sultan", a former
            # name of the same place, is its second mention)
            others = [spelling for spelling, _ in self.lx.forms(ref, "en")
                      if spelling and spelling not in written and written not in spelling]
            # (a surname may stand inside a longer name the source mentions; nothing else may)
            for text, inside_longer in [(text, surname) for text in shorter] + [(text, False) for text in others]:
                found += [(a, b) for a, b in occurrences(self.source, text, words=True)
                          if not any(start <= a < end for start, end in found)
                          and (inside_longer or not any(start <= a < end for start, end in longer))]
            if shorter or others:
                found.sort()
            self._spans[ref] = found
        return found

    def source_before(self, ref: int) -> str:
        """The English source up to where it names the referent ("" when it does not)."""
        return self.source_around(ref)[0] or ""

    def english_object_of_list(self, ref: int) -> str | None:
        """:meth:`english_object`, or where there is none and the referent ends a list, the English verb
        right before the list that makes the whole list its object ("thanked Putin and Xi Jinping": Kazakh puts
        the list's case on its last name)."""
        found = self.english_object(ref)
        before = self.source_before(ref)
        listed = self.source_before_list(ref)
        if found is not None or listed == before:
            return found
        verb = _OBJECT_VERB.search(listed)
        return verb.group(1) if verb is not None and not _DETERMINER_BEFORE.search(listed, 0, verb.start(1)) \
            and verb.group(1).lower() not in _NOT_OBJECT_VERBS else None

    def source_before_list(self, ref: int, before: str | None = None) -> str:
        """:meth:`source_before` (or *before*, a reading of it), past the names of a list the referent
        ends ("depends heavily on Russia and " → "depends heavily on "): the words that govern the
        whole list, whose case Kazakh puts on its last name."""
        text = self.source_before(ref) if before is None else before
        return _EN_LIST_BEFORE.sub("", text[-300:])

    def source_before_title(self, ref: int) -> str:
        """:meth:`source_before`, past a title before a person and its adjective of time ("from the former
        president Nursultan Nazarbayev", "sent Irish MP Paul Murphy"): the words that govern the
        person (the title's own words say nothing of the person's case)."""
        before = self.source_before(ref)
        if self.lx.kinds[ref] == "person":
            title = EN_TITLE_TAIL.search(before)
            if title is not None:
                before = _EN_TITLE_ADJECTIVE.sub("", before[:title.start()])
        return before

    def english_owner(self, ref: int) -> bool:
        """Does the source make the referent an owner — "'s" after it, "of" before it, or a noun it
        modifies after it ("a Labor Russia newspaper": the organisation's)? (True where the source
        does not name it: nothing is known.)"""
        before, after = self.source_around(ref)
        return before is None or after.startswith(POSSESSIVE) or self.after_of(ref) or noun_next(after)

    def after_of(self, ref: int) -> bool:
        """Does the source name the referent right after "of" ("of the" allowed)? Not where a longer
        proper name goes on after it ("the verdict of the Zhanaozen City Court"): the "of" is that
        name's, and this one only modifies it («Жаңаөзен қалалық сотының»)."""
        before, after = self.source_around(ref)
        return before is not None and bool(_OF_BEFORE.search(before)) and not _EN_NAME_GOES_ON.match(after)

    def place_not_direction(self, ref: int, *, quoted: bool = False) -> bool:
        """Does the source put the referent (a place, or a company in quotes: "at Tengizchevroil")
        after "in" or "at" — or a place after "on" ("worked on Kashagan", "on Trafalgar Square") —
        not after a verb of arrival ("arrived in Uralsk" is «прибыли в Уральск»)? Then Russian в/на
        take the locative."""
        place = self.lx.kinds[ref] == "place"
        return (place or quoted) and (self.at_body(ref) or (place and self.on_place(ref)))

    def on_place(self, ref: int) -> bool:
        """Does the source put the referent right after "on", with no verb of arrival or of aiming at
        something before it in its clause ("marched on Almaty", "fired on the square")?"""
        before = self.source_before(ref)
        return _EN_ON_PLACE.search(before) is not None and not arrival_in_clause(before) \
            and _EN_AIMED_ON.search(before) is None

    def on_medium(self, ref: int) -> bool:
        """Does the source put a referent that is no place, person or organisation (a website, a
        magazine: "reported it on Facebook", "in International Viewpoint") after "on" or "in", with
        no verb of arrival before it? Then Russian в takes the locative («в Фейсбуке»). Not a day
        («в День независимости», "on Independence Day": a time, the accusative)."""
        if self.lx.kinds[ref] != "other" or ref in self.lx.day_refs("ru"):
            return False
        before = self.source_before(ref)
        return EN_IN_ON_BEFORE.search(before) is not None and not arrival_in_clause(before)

    def medium_not_destination(self, ref: int) -> bool:
        """Is the referent one that is no place, person or organisation (a website, a newspaper, a
        company), which the source puts neither after "to" or "into" nor after a verb of arrival
        ("Facebook posts", "worked for KazMunayGas", "Class View published")? Then Russian в before it
        says where something is, the locative («записи в Фейсбуке», «проработал в «КазМунайГазе»»)."""
        if self.lx.kinds[ref] != "other" or ref in self.lx.day_refs("ru"):
            return False
        before = self.source_before(ref)
        return not after_to(before, frozenset()) and not re.search(r"\b(?:into|onto)\s+(?:the\s+)?$", before) \
            and not arrival_in_clause(before)

    def at_body(self, ref: int, *, listed: bool = False) -> bool:
        """Does the source put the referent (any kind) after "in" or "at", with no verb of arrival
        before it in its clause ("were laid off at Tengizchevroil")? With *listed*, past the names of a
        list the referent ends ("in Uralsk and Aktobe")."""
        before = self.source_before_list(ref) if listed else self.source_before(ref)
        return _IN_PLACE.search(before) is not None and _EN_INTERVENTION_IN.search(before) is None \
            and not arrival_in_clause(before) and _EN_DIRECTED_AT.search(before) is None

    def inside_organisation(self, hit: Hit, ref: int) -> bool:
        """Does the source put an organisation after "in" ("raised it in the Irish Parliament",
        "membership in the Eurasian Economic Union"), with no Russian word before it in its clause
        that takes в + the accusative (вступить, включить, обратиться, направить, инвестировать,
        верить …)? Then в takes the locative: «в парламенте Ирландии»."""
        before = self.source_before(ref)
        # (or "on" a body where the Russian says в, "a seat on the Security Council": «место в Совете безопасности»)
        # (or "at" one where the Russian says в, "questioned at the National Security Committee": «допрашивают в
        # Комитете национальной безопасности»)
        on_body = hit.start > 0 and self.toks.folded[hit.start - 1] in ("в", "во") \
            and (EN_ON_BEFORE.search(before) or _EN_AT_BEFORE.search(before))
        if self.lx.kinds[ref] != "organisation" or not (EN_IN_BEFORE.search(before) or on_body) \
                or _EN_INTERVENTION_IN.search(before) or arrival_in_clause(before):
            return False
        return not any(_RU_INTO_GOVERNING.match(self.toks.folded[k])
                       for k in range(self._clause_start(hit.start), hit.start))


    def english_preposition_repeated(self, first: int, second: int) -> bool:
        """Does the English repeat the first's preposition before the second of a pair ("by Michelle
        Bachelet and by the European Union")? Then the two share it even where they name different
        kinds of thing (not "Steve McSweney of Workers Power and Pete Firmin", two phrases; nor "Yuliya
        Yurchenko of the Ukrainian Social Movement and to Chris Ford", "to" repeated from further back)."""
        found = _EN_AND_BEFORE.search(self.source_before(second))
        if found is None or found.group(1) is None:
            return False
        before_first = _EN_LAST_PREPOSITION_OF_ANY.search(self.source_before(first))
        return before_first is None or before_first.group(1).lower() == found.group(1).lower()

    def english_parted(self, first: int, second: int) -> bool:
        """Does the English put a comma and "and" between the two referents ("Petropavlovsk, on the
        border with Russia, and Ust-Kamenogorsk")? Of two names only, that comma closes an aside the
        first ends, and "and" joins the second to something before it, not to the first. So does an
        indefinite article the second has and the first has not ("a member of RISE and an MP"): "an MP"
        is a phrase of its own, joined to "a member", not to the name the member is of."""
        before_first, after_first = self.source_around(first)
        before_second = self.source_around(second)[0]
        if before_second is None:
            return False
        if _EN_AND_INDEFINITE.search(before_second) is not None \
                and (before_first is None or _EN_INDEFINITE_BEFORE.search(before_first) is None):
            return True
        return _EN_COMMA_AND.match(after_first) is not None and _EN_AND_BEFORE.search(before_second) is not None

    def english_pair(self, first: int, second: int, *, contrast: bool = False) -> bool:
        """Does the English join the two referents by "and" ("Putin and the CSTO"), or with
        *contrast* by "but not" ("thanked Putin, but not Joe Biden")?"""
        before_second = self.source_around(second)[0]
        if contrast:
            return before_second is not None and _EN_BUT_NOT_BEFORE.search(before_second) is not None \
                and _EN_BUT_NOT_AFTER.match(self.source_around(first)[1]) is not None
        return before_second is not None and _EN_AND_BEFORE.search(before_second) is not None \
            and EN_AND_AFTER.match(self.source_around(first)[1]) is not None
