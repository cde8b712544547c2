"""Red-flag detection: every danger sign caught, calm messages left calm."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import analyse
from bot.knowledge import KNOWLEDGE_DIR, KnowledgeError
from bot.red_flags import RedFlagDetector, RedFlagResult, Tier
from bot.red_flags.dates import SIX_TO_NINE_WEEKS, THREE_TO_FIVE_MONTHS, dated_span

ACUTE_SIGNS = ("blaere-tarm", "foelelsesloes-skridt", "svaghed", "gangbesvaer")


@cache
def loaded() -> RedFlagDetector:
    return RedFlagDetector.load()


@pytest.fixture
def detector() -> RedFlagDetector:
    return loaded()


def ids(detector: RedFlagDetector, text: str) -> set[str]:
    return {sign.id for sign in detector.check_text(text).signs}


BLADDER_BOWEL = [
    "Jeg kan ikke holde på vandet længere",
    "jeg kan ikke holde paa vandet",
    "Siden i går kan jeg ikke holde på tisset",
    "har fået inkontinens efter min diskusprolaps",
    "jeg er blevet inkontinent",
    "Jeg tisser i bukserne uden at mærke det",
    "jeg har tisset i bukserne to gange i dag uden at opdage det",
    "Jeg kan ikke styre blæren",
    "kan ikke styre min blaere mere",
    "jeg har mistet kontrollen over blæren",
    "Jeg har mistet kontrol over min afføring",
    "jeg har lavet i bukserne uden at kunne mærke det",
    "jeg kan ikke holde på afføringen",
    "jeg kan ikke komme af med vandet selvom jeg trænger",
    "kan slet ikke tisse siden i morges",
    "jeg har svært ved at tisse og ondt i lænden",
    "jeg kan ikke mærke når jeg skal tisse",
    "jeg mærker ikke længere når jeg skal på toilettet og tisse",
    "Har ikke styr på blæren mere",
    "min kone kan ikke holde på vandet og har ondt i ryggen",
    "I can't control my bladder anymore",
    "I have lost control of my bowels",
    "I wet myself without noticing",
    "i cant pee since yesterday and my back hurts",
    "jeg har fået urinretention",
    "JEG KAN IKKE HOLDE PÅ VANDET",
    "blæren virker ikke som den skal, jeg kan ikke tømme den",
    "jeg har inkontinnens",
    "kan ik holde på tissen",
    "ufrivillig vandladning siden i går",
    "Hjælp, nu kan jeg ikke længere mærke når blæren er fuld",
    "jeg har tisset i sengen i nat uden at vågne",
    "der kommer afføring uden at jeg kan mærke det",
    "Siden i går har jeg ikke kunnet mærke, når jeg skal på toilettet",
    "Urinen løber bare uden jeg kan stoppe det",
    "Jeg har ingen kontrol over min blære",
    "jeg har taget ble på fordi jeg ikke kan holde vandet",
    "I have trouble passing urine and severe back pain",
    # words between the denial and "kontrol"/"styr", or between "kan" and "ikke"
    "har ikke haft kontrol over blæren i 2 dage",
    "Jeg har ikke længere kontrol over min blære",
    "Jeg har ikke haft styr på blæren siden i går",
    "Jeg kan jo ikke holde på vandet",
    "Jeg kan desværre ikke holde på vandet",
]

SADDLE = [
    "Jeg er følelsesløs i skridtet",
    "jeg er foelelsesloes i skridtet",
    "Følesen i skridet er væk",
    "jeg har ingen følelse i skridtet",
    "kan ikke mærke noget omkring endetarmen",
    "jeg kan ikke mærke mit skridt",
    "det sover i skridtet",
    "det prikker i skridtet og ned ad benet",
    "skridtet føles dødt",
    "følelsesløshed omkring anus",
    "numsen er helt følelsesløs",
    "der er ingen følelse mellem benene",
    "nedsat følelse i ridebukseområdet",
    "følelsesløs på kønsdelene",
    "jeg kan ikke mærke toiletpapiret når jeg tørrer mig i skridtet",
    "My groin feels numb",
    "I have numbness in my saddle area",
    "I can't feel my bum or my genitals",
    "tingling around my anus",
    "min mand siger han ikke kan mærke noget i skridtet",
    "kan ikke maerke noget i skridtet",
    "folelseslos i skridtet",
    "fölelseslös i skridtet",
    "Føler mig død mellem benene siden i går",
    "det er som om mit underliv er bedøvet",
    "jeg kan ikke mærke når jeg tørrer mig efter toiletbesøg",
    "Jeg er ved at miste følelsen i skridtet",
    "jeg har fået en mærkelig følelsesløshed omkring numsen og mellem benene",
    "I've lost feeling between my legs",
]

WEAKNESS = [
    "Mit ben bliver svagere og svagere",
    "benet bliver mere og mere svagt",
    "mit venstre ben svigter",
    "benet svigter når jeg går ned ad trappen",
    "benet er helt kraftesløst",
    "jeg slæber benet efter mig",
    "foden klasker i gulvet når jeg går",
    "lægen tror jeg har dropfod",
    "jeg kan ikke løfte foden",
    "kan ikke løfte tæerne op",
    "jeg kan ikke stå på hælene mere",
    "jeg har ingen kræfter i benet",
    "My leg is getting weaker and weaker",
    "my legs keep giving way",
    "I can't lift my foot",
    "I'm dragging my leg",
    "mine ben svigtede pludselig",
    "begge ben giver efter under mig",
    "Min fod slæber hen ad gulvet",
    "Jeg falder over min egen fod hele tiden",
    "Benet er blevet slapt og jeg kan ikke løfte forfoden",
    "Mit højre ben bliver mere og mere kraftesløst",
    "Jeg har mistet kraften i benet i løbet af de sidste par dage",
    "My foot is dragging and I keep tripping",
]

WALKING = [
    "Jeg kan pludselig ikke gå",
    "jeg kan naesten ikke gaa",
    "Jeg kan næsten ikke gå pga smerterne",
    "benene vil ikke bære mig",
    "mine ben bærer mig ikke",
    "kan ikke gå mere",
    "jeg kan slet ikke gå",
    "kan ikke stå på benene",
    "min far kan pludselig ikke gå",
    "pludselig meget svært ved at gå",
    "har fået pludseligt gangbesvær",
    "I suddenly can't walk",
    "I can barely walk",
    "my legs won't carry me",
    "Siden i morges har jeg ikke kunnet gå",
    "Jeg kan pludselig næsten ikke gå og har meget ondt i lænden",
    "Min mor på 82 kan pludselig slet ikke gå",
    "benene er helt væk, jeg kan ikke stå",
    "Det er blevet meget svært at gå de sidste par timer",
    "Pludselig kunne jeg næsten ikke gå",
]

FEVER = [
    "Jeg har feber og ondt i ryggen",
    "jeg har 38,5 i feber",
    "har haft 39 i feber siden i går",
    "jeg har lidt temperatur",
    "jeg har høj temperatur og rygsmerter",
    "jeg er febril",
    "rygsmerter og kulderystelser",
    "jeg har fået febr",
    "I have a fever and back pain",
    "I'm running a temperature",
    "målte 38.7 grader i morges",
    "Jeg har ingen kræfter men har feber",
    "jeg har ikke ondt i benet, men jeg har feber",
    "ikke nogen smerter i benene men feber",
    "Jeg har ikke været syg før. Nu har jeg feber",
    "jeg ved ikke om jeg har feber, jeg fryser",
    "temperaturen er 38,9 og ryggen gør ondt",
    "Min krop føles varm og jeg har 38,2",
    "Jeg har feber på 39 og ondt i lænden",
]

WEIGHT = [
    "jeg har tabt 8 kilo uden at prøve",
    "jeg har tabt mig meget uden grund",
    "Jeg har tabt 10 kg de sidste par måneder",
    "min far på 79 har tabt sig meget uden grund",
    "uforklarligt vægttab og ondt i lænden",
    "vægttab uden forklaring",
    "jeg har tabt mig uden at være på kur",
    "har tabt 6 kilo selvom jeg spiser normalt",
    "I have lost weight without trying",
    "I've lost 5 kg for no reason",
    "jeg taber mig hele tiden",
    "jeg er blevet meget tyndere uden grund",
    "Jeg har taget 10 kg af uden at prøve",
    "Mit tøj er blevet for stort, jeg har tabt mig uden at ville det",
    "My weight has dropped a lot without explanation",
    "Jeg har haft et stort vægttab",
    "Jeg har tabt ca. 8 kilo på en måned",  # an abbreviation's dot ends no sentence
]

CANCER = [
    "jeg har haft brystkræft",
    "Jeg har tidligere haft kræft",
    "jeg har haft kraeft for 5 år siden",
    "jeg er blevet behandlet for prostatakræft",
    "jeg havde lymfekræft i 2015",
    "jeg har fået kemo for nogle år siden",
    "jeg har fået strålebehandling",
    "lægen fandt metastaser sidste år",
    "jeg er tidligere kræftpatient",
    "jeg har kræft",
    "jeg havde en tumor i tarmen",
    "I had breast cancer",
    "I have a history of cancer",
    "I had chemo two years ago",
    "min mor havde kræft og jeg har selv haft brystkræft",
    "min mor har haft kræft og nu har hun fået voldsomme rygsmerter",
    "Jeg har fået fjernet en kræftknude i brystet",
    "jeg har tidligere fået stråler for kræft",
    "Jeg er blevet opereret for en ondartet svulst",
    "Jeg har haft leukæmi som barn",
    "Kræften har spredt sig til knoglerne",
    "Jeg har været i behandling for brystkræft for 3 år siden",
]

NIGHT = [
    "jeg vågner hver nat af smerter",
    "Jeg kan ikke sove pga. smerter",
    "jeg vaagner hver nat af smerterne",
    "smerterne er værst om natten",
    "det er værre om natten",
    "jeg kan ikke sove for smerter",
    "kan ikke sove om natten fordi det gør så ondt",
    "jeg har nattesmerter",
    "smerterne vækker mig om natten",
    "jeg ligger vågen af smerter",
    "mest ondt om natten",
    "The pain is worse at night",
    "I wake up every night because of the pain",
    "the pain keeps me awake",
    "I can't sleep due to the pain",
    "om natten er smerterne værst",
    "jeg kan ikke sove pga ryggen",
    "Jeg får ingen søvn pga smerterne",
    "mine smerter er værst når jeg ligger ned om natten",
    "Jeg vågner kl 3 hver nat af smerter i ryggen",
]


ALL_SIGNS = (
    [("blaere-tarm", t) for t in BLADDER_BOWEL]
    + [("foelelsesloes-skridt", t) for t in SADDLE]
    + [("svaghed", t) for t in WEAKNESS]
    + [("gangbesvaer", t) for t in WALKING]
    + [("feber", t) for t in FEVER]
    + [("vaegttab", t) for t in WEIGHT]
    + [("kraeft", t) for t in CANCER]
    + [("natsmerter", t) for t in NIGHT]
)
DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
PLAIN_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"})


@pytest.mark.parametrize(("sign", "text"), ALL_SIGNS)
def test_danger_sign_is_found(detector: RedFlagDetector, sign: str, text: str) -> None:
    result = detector.check_text(text)
    assert sign in {s.id for s in result.signs}
    want = Tier.ACUTE if sign in ACUTE_SIGNS else Tier.PROMPT
    assert result.tier == want or result.tier == Tier.ACUTE


# Without æ, "kræft(en)" becomes "kraft(en)", strength: only read as cancer after words
# about illness ("har haft kraft"), so "jeg har kraft" stays unflagged on such a keyboard.
# ("Kræften har spredt sig til knoglerne" is found all the same: spread to the bones.)
STRENGTH_NOT_CANCER = {"jeg har kræft"}


@pytest.mark.parametrize(
    ("sign", "text"), [(sign, t) for sign, t in ALL_SIGNS if t != t.translate(DANISH_LETTERS)]
)
@pytest.mark.parametrize("keyboard", [DANISH_LETTERS, PLAIN_LETTERS], ids=["ae-oe-aa", "a-o"])
def test_danger_sign_is_found_without_danish_letters(
    detector: RedFlagDetector, sign: str, text: str, keyboard: dict[int, str]
) -> None:
    if keyboard is PLAIN_LETTERS and text in STRENGTH_NOT_CANCER:
        assert detector.check_text(text.translate(keyboard)).tier == Tier.NONE
    else:
        assert sign in ids(detector, text.translate(keyboard))


CALM = [
    "Jeg har ondt i lænden når jeg sidder længe",
    "Jeg har haft kontrol over blæren hele tiden",
    "jeg har fint styr på blæren",
    "Hjælper vægttab mod rygsmerter?",
    "hvilke øvelser kan jeg lave",
    "min mor havde kræft, kan det arve?",
    "jeg har ikke feber",
    "ingen feber",
    "jeg har ingen feber og intet vægttab",
    "har ikke haft kræft",
    "jeg har aldrig haft kræft",
    "ikke følelsesløs nogen steder",
    "Jeg har ikke mistet kontrollen over blæren",
    "ingen problemer med at gå eller at holde på vandet",
    "no fever",
    "I don't have a fever",
    "I have never had cancer",
    "min far døde af kræft",
    "der er kræft i familien",
    "min mormor havde brystkræft",
    "jeg har tabt 5 kilo på slankekur",
    "jeg har tabt mig 7 kilo fordi jeg er begyndt at løbe",
    "jeg vil gerne tabe mig, hjælper det på ryggen?",
    "hvis jeg taber mig, får jeg så mindre ondt?",
    "jeg tabte mine nøgler og bukkede mig ned, og så låste ryggen",
    "Jeg har ondt om natten når jeg vender mig",
    "jeg er stiv i ryggen når jeg vågner om morgenen",
    "jeg kan ikke gå langt uden at få ondt",
    "jeg kan ikke gå på arbejde med de her smerter",
    "kan ikke gå ture med hunden længere",
    "det kan ikke gå hurtigt nok med at blive rask",
    "jeg har ondt i balden og det stråler ned i benet",
    "det trækker ned i benet når jeg bøjer mig",
    "jeg har en sovende fornemmelse i foden",
    "følelsesløs i tæerne og ondt i numsen",
    "jeg sover med en pude mellem benene",
    "jeg har ingen kræfter til at træne efter arbejde",
    "jeg har ikke feber, vægttab eller nattesmerter",
    "ingen feber, kulderystelser eller vægttab",
    "hverken feber eller vægttab",
    "feber har jeg ikke",
    "Feber: nej. Vægttab: nej. Kræft: nej.",
    "Feber - nej, vægttab - nej",
    "Skal jeg bruge varme eller kulde?",
    "hvor lang tid varer ondt i lænden normalt",
    "Min ryg er helt låst efter jeg løftede en kasse",
    "Kan styrketræning gøre ondt i lænden værre?",
    "Jeg sidder hele dagen foran computeren og har ondt i ryggen",
    "jeg har haft ondt i ryggen i tre uger",
    "jeg har svært ved at finde en god sovestilling",
    "jeg er bange for at det er kræft",
    "kan rygsmerter være tegn på kræft?",
    "Skal jeg have taget en MR-scanning?",
    "min læge siger det ikke er noget alvorligt",
    "jeg kan godt holde på vandet",
    "jeg løber 10 km om ugen",
    "Min mand har ondt i ryggen, hvilke øvelser kan han lave?",
    "Jeg er 38 år og har ondt i lænden",
    "Jeg har haft ondt i 39 dage",
    "Jeg løftede 40 kilo i fitness",
    "hvornår skal jeg gå til lægen hvis jeg har feber",
    "Jeg har hedeture i overgangsalderen og ondt i lænden",
    "jeg har ondt i ryggen om morgenen når jeg vågner",
    "Jeg har prikken i tæerne og ondt i lænden",
    "mit ben sover når jeg sidder for længe på toilettet",
    "jeg har ondt i skridtet efter cykling",
    "jeg kan ikke holde ud at sidde ned",
    "jeg kan ikke holde til at stå op hele dagen",
    "jeg kan ikke holde mig i ro",
    "Jeg kan ikke løfte mine børn",
    "Jeg har mistet min telefon",
    "Jeg har tabt 2 kampe i træk og er sur",
    "Min ryg svigter mig altid når jeg løfter",
    "Jeg kan ikke gå så langt som før",
    "Jeg kan ikke stå længe ad gangen",
    "Jeg har svært ved at falde i søvn",
    "Jeg tisser meget om natten",
    "Jeg arbejder om natten og har ondt i ryggen",
    "Jeg er på diæt og har tabt 4 kg",
    "Der er meget kræft i min familie, skal jeg være bekymret?",
    "Min far har haft kræft, men jeg har aldrig selv haft det",
    "Jeg vågner ikke af smerterne, men er stiv om morgenen",
    "Smerten er ikke værst om natten",
    "Jeg har ikke haft feber, og jeg har ikke tabt mig",
    "Der er ingen problemer med blære eller tarm",
    "Jeg har ingen følelsesløshed i skridtet og kan sagtens gå",
    "Jeg bliver lidt følelsesløs i foden når jeg sidder længe",
    "Kan ondt i lænden være kræft?",
    "",
    "hej",
    "tak for hjælpen",
    "😀😀😀",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_message_stays_calm(detector: RedFlagDetector, text: str) -> None:
    result = detector.check_text(text)
    assert (result.tier, result.signs) == (Tier.NONE, ())


@pytest.mark.parametrize(
    "text",
    [
        "jeg har ikke feber, men jeg kan ikke holde på vandet",
        "Ingen smerter i benet men følelsesløs i skridtet",
        "jeg har ikke ondt i ryggen om natten, men jeg kan pludselig ikke gå",
        # Two clauses run together without a comma: the sign says its own "not".
        "jeg kommer ikke ud af sengen benene vil ikke",
        "kan ikke komme op af stolen mine ben bærer mig ikke, ondt i ryggen",
    ],
)
def test_denial_cancels_only_its_own_clause(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier == Tier.ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "jeg har ikke problemer med ikke at kunne tisse",
        # The sign as the object of a preposition or a verb right after the denial.
        "ikke noget med kan ikke tisse eller noget bare ondt i ryggen",
        "jeg kender ikke til kan ikke tisse heldigvis",
        "jeg har ikke oplevet kan ikke holde på tis det er kun ryggen",
    ],
)
def test_a_denial_reaches_a_sign_of_not_it_governs(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier == Tier.NONE


def test_acute_beats_prompt_and_every_sign_is_reported(detector: RedFlagDetector) -> None:
    result = detector.check_text(
        "Jeg har feber, har tidligere haft kræft og kan ikke holde på vandet"
    )
    assert result.tier == Tier.ACUTE
    assert [s.id for s in result.signs] == ["blaere-tarm", "feber", "kraeft"]
    assert result.signs[0].label == "tab af kontrol over blære eller tarm"


def test_sign_in_a_long_message_is_found(detector: RedFlagDetector) -> None:
    filler = "Jeg har haft ondt i lænden længe og har prøvet mange øvelser. " * 60
    assert (
        detector.check_text(filler + "Nu kan jeg ikke holde på vandet." + filler).tier == Tier.ACUTE
    )


@settings(max_examples=300)
@given(st.text())
def test_any_text_gives_a_valid_result(text: str) -> None:
    result = loaded().check_text(text)
    assert isinstance(result, RedFlagResult)
    assert (result.tier == Tier.NONE) == (not result.signs)
    if result.signs:
        assert result.tier == result.signs[0].tier


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (KNOWLEDGE_DIR / "red_flags.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "red_flags.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        (
            "    tier: prompt\n    urgency: today\n    label: feber",
            "    tier: soon\n    urgency: today\n    label: feber",
            "feber",
        ),
        (
            "    urgency: today\n    label: feber\n",
            "    urgency: later\n    label: feber\n",
            "feber",
        ),
        ("    label: feber\n", "", "feber"),
        ("  - id: feber\n", "  - id: Feber!\n", "Feber!"),
        ("  - id: vaegttab\n", "  - id: feber\n", "feber"),
        ("  - id: feber\n", "  - id: feber\n    paterns: []\n", "paterns"),
        ("      - [feber]\n", "      - [fever]\n", "fever"),
        ("      - [feber]\n", "      - {all: [feber], scope: day}\n", "scope"),
        ("      - [feber]\n", "      - {all: [feber], near: many}\n", "near"),
        ("      - [feber]\n", "      - {all: [feber], ordered: often}\n", "ordered"),
        ("      - [feber]\n", "      - feber\n", "feber"),
        ("    - febr\n", "    - fe*ber\n", "fe*ber"),
        ("    - febr\n", "    - ...\n", "feber"),
        # a placeholder with a letter or bracket on it would fold to a plain word ("alder")
        ("    - febr\n", "    - (<alder>)\n", "(<alder>)"),
        ("  smerte:\n", "  pine:\n", "smerte"),
        ("  andet-sted:\n", "  andre-steder:\n", "andet-sted"),
        ("  forværring:\n", "  forvaerring:\n", "forværring"),
        ("  clause-word:\n", "  clause-words:\n", "clause-words"),
        ("not-typos:\n", "not-typos: kraft\nnot-used:\n", "not-used"),
        ("slots:\n", "slots: [\n", "red_flags.yaml"),
        # a term listed twice in a slot or a modifier's list
        ("    - febr\n", "    - febr\n    - febr\n", "febr"),
        ("    - hypotetisk\n", "    - hypotetisk\n    - hypotetisk\n", "hypotetisk"),
        # a word read as another after certain words, told without what it means
        ("    means: ikke\n", "    meaning: ikke\n", "spellings-after 'it'"),
    ],
)
def test_every_file_problem_is_one_line_naming_file_and_place(
    tmp_path: Path, old: str, new: str, named: str
) -> None:
    with pytest.raises(KnowledgeError) as error:
        RedFlagDetector.load(_broken(tmp_path, old, new))
    message = str(error.value)
    assert message.startswith("red_flags.yaml: ")
    assert named in message
    assert "\n" not in message


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"^red_flags\.yaml: cannot read"):
        RedFlagDetector.load(tmp_path / "red_flags.yaml")


def test_my_own_cancer_is_a_sign_but_my_strength_is_not(detector: RedFlagDetector) -> None:
    # Typed without æ, "min kræft" is "min kraft": strength, so only the Danish spelling counts.
    assert "kraeft" in ids(detector, "Jeg går til kontrol for min kræft")
    assert ids(detector, "jeg har ikke min kraft i armene") == set()
    assert ids(detector, "det stråler ned i benet men jeg har kræfter nok") == set()


@pytest.mark.parametrize(
    ("text", "sign", "tier"),
    [
        ("var i et trafikuheld i morges og nu gør lænden ondt", "traume", Tier.ACUTE),
        ("jeg faldt ned fra taget i går, ca 3 meter, og har ondt i ryggen", "traume", Tier.ACUTE),
        ("min far på 81 gled i badet og har nu ondt i lænden", "fraktur", Tier.PROMPT),
        ("jeg har knogleskørhed og slog ryggen mod bordkanten", "fraktur", Tier.PROMPT),
        ("jeg har taget prednisolon i flere år og faldt på trappen i går", "fraktur", Tier.PROMPT),
        ("foden har sovet i 4 uger og det går ikke væk", "nervetegn", Tier.PROMPT),
        ("stadig prikken i tæerne efter iskias", "nervetegn", Tier.PROMPT),
        ("meget ondt i 5 uger nu og ingen bedring", "ingen-bedring", Tier.PROMPT),
        ("det sover ligesom i numsen og mellem benene", "foelelsesloes-skridt", Tier.ACUTE),
        ("jeg sidder på toilettet og der kommer ikke noget", "blaere-tarm", Tier.ACUTE),
        ("jeg kan ikke mærke når blæren er fuld", "blaere-tarm", Tier.ACUTE),
        ("har ikke tisset hele dagen selvom jeg har drukket", "blaere-tarm", Tier.ACUTE),
        ("nu er det andet ben også blevet svagt og det går stærkt", "svaghed", Tier.ACUTE),
        (
            "smerterne er værst når jeg ligger ned om natten, uanset stilling",
            "natsmerter",
            Tier.PROMPT,
        ),
    ],
)
def test_new_signs_are_found(detector: RedFlagDetector, text: str, sign: str, tier: Tier) -> None:
    result = detector.check_text(text)
    assert sign in {s.id for s in result.signs}
    assert result.tier == tier or result.tier == Tier.ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "min far kan ikke holde på vandet",
        "he's wet himself twice since yesterday",
        "min mor er i kemo og har fået ondt i lænden",
        "min søster havde modermærkekræft for 3 år siden og har nu fået ondt i lænden",
        "min mand siger at han ikke kan mærke noget i skridtet",
        "min søn siger at hans numse og lår er følelsesløse i dag",
        "min mor (82) har prolaps, hun kan ikke selv løfte benet mere, det kunne hun i går",
        "min mand har feber og ondt i ryggen",
        # from a helper playing users: wetting oneself told in the present and the first
        # person was no sign
        "jeg tisser på mig selv",
        "han pissede på sig selv i nat og har ondt i ryggen",
        # from a helper playing users: the pain told with no subject, and another person
        # as the subject after it, may be that person's ("min" of "min mor" does not
        # name the writer)
        "ondt i ryggen og min mor er faldet, hun er 90",
        "knogleskørhed hos min mor, hun stødte ryggen hårdt mod køkkenbordet og har nu ondt",
        # from a helper playing users: a person's genitive before the back was read as the
        # writer's back ("min" named the writer)
        "min mors ryg gør ondt og hun har feber",
        "konens lænd driller og hun har haft feber i 3 dage",
        "min fars ryg gør ondt, han har kræft",
        "min fars ben er blevet svage og han har ondt i ryggen",
        "min datter faldt ned fra en hest og har ondt i lænden",
        # from the review: a genitive after a verb is what the writer handled; the
        # subjectless fever is the writer's own
        "ondt i lænden efter at have løftet min mors ben ind i bilen hele ugen, og nu 39 i feber",
        "har ondt i ryggen efter jeg har båret min søns rygsæk, og nu feber på 38,7 i to dage",
    ],
)
def test_another_persons_current_sign_counts(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier is not Tier.NONE


@pytest.mark.parametrize(
    "text",
    [
        # from a helper playing users: legs weak now, told as a change, were no sign
        "jeg har ondt i ryggen og benene er blevet svage",
        "jeg har ondt i lænden, og mine ben er blevet meget svage den sidste uge",
        "benene er begyndt at blive svage og jeg har ondt i ryggen",
    ],
)
def test_legs_grown_weak_or_failing_are_an_acute_sign(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


def test_urine_spelt_with_one_s_is_a_sign(detector: RedFlagDetector) -> None:
    # found by a helper playing users: "tissen" was caught, "tisen" not
    assert detector.check_text("kan ikke holde på tisen, ryg smerter").tier is Tier.ACUTE


def test_a_person_after_the_verb_of_a_clause_opened_by_a_time_is_its_subject(
    detector: RedFlagDetector,
) -> None:
    # from a review: "For en uge siden faldt min mor" took "min" after the verb for the
    # writer's object, so the fall was the writer's and the mother's age no risk of a
    # fracture; the writer's own object stays the writer's doing
    fall = "For en uge siden faldt min mor på 88 ned fra en stol. Nu har hun fået ondt i ryggen."
    assert detector.check_text(fall).tier is Tier.PROMPT
    lifted = "I går løftede jeg min mor på 88, nu har jeg ondt i ryggen"
    assert detector.check_text(lifted).tier is Tier.NONE
    # from the review: the writer named too, and a preposition before the time
    worried = (
        "I sidste uge faldt min far på 84 i haven. Han har stadig ondt i ryggen og jeg ved "
        "ikke hvad jeg skal gøre"
    )
    assert detector.check_text(worried).tier is Tier.PROMPT
    sons_fall = "I går faldt min søn på cyklen. Jeg er 78 og har ondt i ryggen af at løfte ham"
    assert detector.check_text(sons_fall).tier is Tier.NONE
    # the fourth review: a relative after the verb of a later clause is not the sign's
    fever = (
        "39 i feber i to dage, nu siger min mand at jeg skal ringe til lægen, jeg har ondt i ryggen"
    )
    assert detector.check_text(fever).tier is Tier.PROMPT


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("jeg får sværere og sværere ved at holde på vandet", Tier.ACUTE),
        ("det bliver værre og værre med at holde på vandet", Tier.ACUTE),
        ("jeg har dødhedsfornemmelse mellem benene", Tier.ACUTE),
        ("dødhedsfornemmelse i foden i flere uger og ondt i lænden", Tier.PROMPT),
        ("my mom has back pain, she's 75 and slipped on the ice yesterday", Tier.PROMPT),
        # look-alikes
        ("har feber men ingen ondt i ryggen", Tier.NONE),
        ("har 38,7 og ondt i halsen, ikke ryggen", Tier.NONE),
        ("jeg bruger hydrokortisoncreme for eksem og faldt i går, nu ondt i ryggen", Tier.NONE),
        # from the review: other things held, "it's" of a distance
        ("har ondt i ryggen og har fået sværere ved at holde på balancen", Tier.NONE),
        ("I fell on the ice yesterday and my back hurts, it's 80 km to the ER", Tier.NONE),
    ],
)
def test_signs_and_look_alikes_from_a_helper_playing_users(
    detector: RedFlagDetector, text: str, tier: Tier
) -> None:
    # session 27: the everyday "dødhedsfornemmelse", control getting harder and "she's 75"
    # were missed; denied back pain and a steroid cream were warned about
    assert detector.check_text(text).tier is tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("faldt fra hølæsset og har ondt i ryggen", Tier.ACUTE),
        ("jeg er på langvarig behandling med prednisolon og har fået nye rygsmerter", Tier.PROMPT),
        ("jeg har tabt 10 procent af min vægt uden at prøve, og lænden gør ondt", Tier.PROMPT),
        ("jeg er begyndt at tabe mig uden grund og har rygsmerter", Tier.PROMPT),
        ("jeg har haft knald ondt i lænden i 6 uger, ingen bedring", Tier.PROMPT),
        ("jeg kan ikke holde smerterne i lænden ud, det har stået på i en måned", Tier.PROMPT),
        ("jeg har så ondt i ryggen at jeg græder, det har varet en måned", Tier.PROMPT),
        ("min mor er 79 og faldt ned fra en skammel, hun har ondt i ryggen", Tier.PROMPT),
        # look-alikes
        ("følelsen i skridtet er helt normal", Tier.NONE),
        ("følelsen dernede er fin", Tier.NONE),
        ("jeg vågner om natten fordi jeg skal tisse, og har ondt i ryggen om dagen", Tier.NONE),
        ("jeg er 35 og faldt ned fra en skammel, slog hoften og har lidt ondt i lænden", Tier.NONE),
        # from the review: a steroid nose spray does not weaken the bones
        ("langvarig behandling med kortison næsespray for høfeber, ondt i lænden", Tier.NONE),
        ("langvarig kortison næsespray for høfeber, ondt i lænden", Tier.NONE),
    ],
)
def test_signs_and_look_alikes_from_a_helper_playing_users_in_session_28(
    detector: RedFlagDetector, text: str, tier: Tier
) -> None:
    # a hay load, long-term treatment told before the steroid, a share of the weight lost,
    # "knald ondt" and a month of bad pain were missed; a feeling told as normal, waking
    # to pee and a fall from a step stool were warned about
    assert detector.check_text(text).tier is tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("mine balder er sovet ind og ryggen gør ondt", Tier.ACUTE),
        ("min mand siger hans numse har været sovet ind hele dagen, ondt i ryggen", Tier.ACUTE),
        ("når jeg sidder på toilettet føles det som om jeg sidder i luften", Tier.ACUTE),
        ("mine ben er ved at lamme, ryggen gør ondt", Tier.ACUTE),
        # look-alikes
        ("jeg kan ikke gå til fitness pga ondt i ryggen", Tier.NONE),
        ("jeg kan ikke stå på ski i år pga ryggen", Tier.NONE),
        ("knæet giver efter pga en gammel menisk skade, ryggen gør også lidt ondt", Tier.NONE),
        ("mit knæ svigter af og til, ryggen er lidt øm", Tier.NONE),
        ("havde svært ved at gå i weekenden pga ryggen, men nu går det meget bedre", Tier.NONE),
        # an old knee injury does not explain legs now failing, worse and worse
        (
            "jeg har en gammel menisk skade, men nu svigter begge mine ben og det bliver "
            "værre, ondt i ryggen",
            Tier.ACUTE,
        ),
    ],
)
def test_acute_signs_and_look_alikes_from_a_second_helper_in_session_28(
    detector: RedFlagDetector, text: str, tier: Tier
) -> None:
    # buttocks "sovet ind", sitting "i luften" and legs "ved at lamme" were missed; going
    # to the gym or skiing, and a knee that gives way from an old injury, were warned about
    assert detector.check_text(text).tier is tier


def test_a_numb_crotch_told_without_my_is_acute(detector: RedFlagDetector) -> None:
    # found by a helper playing users: "between legs" with no "my" passed without a warning
    text = "back pain, numb between legs since this morning"
    assert detector.check_text(text).tier is Tier.ACUTE


def test_a_genitive_before_no_body_part_keeps_the_writers_sign(detector: RedFlagDetector) -> None:
    # "min datters konfirmation" names the daughter's party, not whose weight is lost
    text = (
        "Kjolen jeg købte til min datters konfirmation var alt for stor, og jeg har ikke "
        "slanket mig. Jeg har samtidig fået ondt i ryggen"
    )
    assert detector.check_text(text).tier is Tier.PROMPT


@pytest.mark.parametrize(
    "text",
    [
        "min kollega fik lammelser i benet for nogle år siden",
        "min kollega fik lammelser i benet, hvad kan jeg gøre for ikke at få det?",
        "jeg faldt ned fra en stige for 2 år siden, det er helet nu",
        "min far var i et trafikuheld i 1998, men ryggen blev god igen",
        "jeg havde feber i sidste uge men det gik over",
        "hvad hvis jeg ikke kan holde på vandet?",
        "kan man få feber af en diskusprolaps?",
        "hvad betyder ridebukseanæstesi?",
        "jeg har stramme muskler i lænden",
        "jeg kan ikke gå længere end 200 meter ad gangen",
        "Mine hænder sover om natten i to uger nu",
        "jeg har snublet to gange over tæppet",
        "det giver ondt efter løb i benene",
        "Jeg kan ikke tisse på offentlige toiletter fordi jeg er genert",
        "Jeg er bange for at jeg har kræft",
        "Kan en diskusprolaps give problemer med at tisse?",
        "Jeg har lækket lidt urin når jeg nyser, siden jeg fødte for 8 år siden",
        "faldt ned fra en køkkenstol, ca 40 cm, og har lidt ondt i ryggen",
        "Efter et maraton var mine ben som gelé, og nu har jeg ondt i lænden",
        "Jeg kan ikke holde mig fra at google mine rygsmerter",
        "jeg har stive og ømme muskler",
        "Min datter har feber, og jeg har fået ondt i lænden af at bære rundt på hende",
        "min far var inkontinent de sidste år før han døde. hvordan laver jeg bird dog?",
        "Min mand blev opereret for cauda equina for 12 år siden og har haft det fint siden",
        "Jeg blev opereret for 5 år siden fordi jeg ikke kunne holde på vandet",
        "Kan man få feber af iskias? Det spørger jeg om fordi min ven sagde det i dag",
        "Skal jeg bekymre mig om nattesmerter? Jeg har ingen, men læste om det et sted",
        "Min mand havde tarmkræft for 8 år siden. Han har ingen rygsmerter nu",
        "svært ved at gå de første 20 min om morgenen, så går det fint resten af dagen",
        "jeg måtte kravle rundt i to dage, men det var for tre uger siden. Nu går jeg fint",
        "faldt ned fra et stillads i 80'erne. Min søn har ondt i lænden efter fodbold",
        "jeg går normalt og mærker ikke noget mærkeligt i skridtet",
        "ondt i lænden, men ikke slemt nok til at jeg ikke kan gå",
        "Feber eller svaghed i benene? Ingen af delene. Ryggen er bare øm",
        "feber nej, vægttab nej, føleforstyrrelser i skridtet nej. Øvelser?",
        "1) feber: nej 2) vægttab: nej 3) ondt i lænden: ja, 2 uger",
        "Min mor på 78 har knogleskørhed. Hvis hun falder en dag, skal hun så tjekkes?",
        "Min mor er 81 og faldt i går. Hun har ingen rygsmerter, men jeg har ondt i lænden",
        "Hverken min mand eller jeg har feber, men vi har begge ondt i ryggen",
        # legs grown weak slowly, with age, after a workout, or only asked about: no
        # rapid weakening (the last three from the review)
        "mine ben er blevet svage med alderen og jeg har ondt i lænden",
        "Skulle benet begynde at blive svagt, hvornår skal jeg så ringe til lægen?",
        "mine ben er blevet svage efter spinning i går",
        "snurren i benet er blevet svag og det går bedre",
        "mit højre ben er blevet mit svage punkt efter en gammel fodboldskade",
        # from a helper playing users: a fall told by its time of day is no collapse; a
        # parent's cancer beside a general question is family history
        "jeg er faldet om morgenen og har ondt i lænden",
        "min far havde kræft i prostata, kan ondt i ryggen være arveligt?",
        # a horse in a compound is no fall from a horse (from the review)
        "jeg faldt over en spand da jeg skulle hente hø fra hestestalden, lidt ondt i ryggen",
        "har ondt i lænden efter at have båret rundt på min søn, der har feber",
        # from the review: "pisse-" is also a prefix of anger
        "jeg er pissesur på mig selv fordi jeg løftede forkert og fik ondt i lænden",
        "Jeg havde prikken ned i benet i et par uger i foråret. Det gik over med fys.",
        "lidt snurren i balden siden fredag, benet er lige så stærkt som det andet",
        "Benet var svagt for tre måneder siden, men fysioterapeuten siger styrken er tilbage",
        "Jeg er 38, har to små børn og bærer rundt på dem hele dagen.",
        "Er det farligt hvis man får følelsesløshed i skridtet? Jeg har det ikke selv.",
        "Kan ikke tisse når folk står lige ved siden af mig i pissoiret, ondt i ryggen",
        # A clause opened by "da", "at", "hvor" after a comma keeps the time or the "what
        # if" of the clause before it.
        "Jeg brækkede en ryghvirvel for to år siden, da jeg faldt på isen",
        "Jeg har ikke feber, sover fint om natten, og jeg kan mærke alt dernede.",
        "blev næsten påkørt af en bil i dag men sprang til side og vred ryggen",
        "1) feber: nej 2) svage ben: nej 3) ondt i lænden: ja, 2 uger",
        "Jeg har læst på nettet, at feber sammen med rygsmerter kan være alvorligt",
        "Sidste år havde jeg en periode, hvor jeg pludselig ikke kunne gå",
        # A sign named as an example is no report.
        "vi skal kende de røde flag, fx problemer med at tisse eller nedsat følelse i skridtet",
        # Years ago stays years ago, whatever has lasted "siden".
        "min bror væltede på motorcyklen for 15 år siden og har haft en øm ryg lige siden",
        # A trigger never reaches across a full stop: "skridtet? Ikke at ..." is a denial.
        "Hvad gør man hvis man ikke kan mærke skridtet? Ikke at jeg har det, jeg er bare nysgerrig",
        # Walking back to normal ends the walking trouble.
        "kunne næsten ikke gå i weekenden pga lænden, men går helt normalt igen nu",
        "tabte 6 kilo på tre uger med periodisk faste, og lænden er lidt øm",
        # Look-alikes of a sign.
        # Better now than before: no change for the worse.
        "i går kunne jeg ikke rejse mig for smerter, i dag går det fint og benene er stærke",
        # "hverken ... eller" with no negation of the sign before it still denies.
        "ondt i lænden, men hverken tis eller afføring er der problemer med",
        # Pain that starts when lying down, with good sleep, is no night pain.
        "Lænden er lidt øm når jeg ligger ned om aftenen, men jeg sover fint hele natten",
        # Another person's fever with pain in another place, not the back.
        "min datter på 8 har feber og ondt i maven, og jeg har selv ondt i lænden",
        "mit barn har ondt i ørerne og feber, hvad gør jeg ved min ryg?",
        # A lump that proved harmless is no cancer.
        "jeg havde en knude i brystet, men det var en godartet cyste. ondt i lænden nu",
        # A question about a patient in general, for an exam.
        "hvad gør man hvis en patient med rygsmerter ikke kan holde på vandet?",
        # A fever two weeks ago that is gone.
        "havde feber for to uger siden, det er helt væk nu, men ryggen er stadig øm",
        "har tabt 12 kilo på vægtvogterne, men lænden gør stadig ondt",
        # The writer's fever with no back pain: denied, the back fine, or pain elsewhere.
        "jeg har feber og hoste, men ingen rygsmerter. hvad kan jeg gøre?",
        "jeg er forkølet og har lidt feber, men ryggen har det fint",
        "ondt i halsen og 39 i feber, skal jeg til læge?",
        "føler mig varm, men termometeret siger 37,1. ondt i lænden efter flytning",
        # "hurtigt" is no pain word: the back that hurts is the writer's.
        "min datter har feber, og jeg har ondt i lænden af at bære hende. hvad hjælper hurtigt?",
        # The writer's work, not a sign.
        "jeg arbejder på en kræftafdeling som sygeplejerske og har ondt i lænden",
        "jeg arbejder som redder og kører til færdselsuheld, og har fået ondt i lænden",
        # Another person's past.
        "min kollega kom på skadestuen fordi han ikke kunne tisse. jeg har selv ondt i ryggen",
        "min kollega faldt ned fra et stillads i fjor. jeg har ondt i lænden af computeren",
        # Numb after sitting, and it passed: no sign.
        "følelsesløs i ballerne efter 3 timer på en hård bænk, gik over efter 10 min",
        # Waking up with pain one morning is when it began, not night pain.
        "for ni dage siden vågnede jeg med ondt i lænden, hvor længe varer det?",
        # Weak at the start, walking normally now.
        "benet var svagt i starten, men nu kan jeg gå på hæle og tæer igen. hvornår kan jeg løbe?",
        # Losing balance in an exercise; waking and sleeping on; a seat asleep from sitting.
        "jeg vælter hele tiden når jeg laver bird-dog. gør jeg noget forkert?",
        "ondt i lænden og jeg vågner når jeg vender mig, men sover videre med det samme",
        "det sover lidt i balden når jeg har siddet i bilen, men forsvinder når jeg går",
        "var syg med feber i sidste uge, nu er feberen væk men lænden gør stadig ondt",
        # "dov" alone is a dull ache.
        "ondt lige over numsen, sådan en dov murren, hvad er det?",
        # Wet with sweat is no leak.
        "efter løbeturen er bukserne helt våde af sved, og lænden er øm",
        # Turning in bed without waking; a programme about accidents.
        "ryggen gør ondt når jeg vender mig i sengen om natten, men jeg vågner ikke af det",
        "jeg læste en artikel om lammelser efter trafikulykker, og nu er jeg bange for min lænd",
        # Another person's loss told in the past; "altid" in a general question.
        "Min mor havde prolaps for 12 år siden, mistede følelsen i skridtet og blev opereret",
        "er følelsesløshed i benet altid farligt?",
        # "for over en måned siden" is as past as "for en måned siden".
        "havde influenza med feber for over en måned siden, nu har jeg ondt i lænden",
        # Weight loss the doctor advised; walking distance limited for years by wear.
        "min læge har nævnt vægttab et par gange, betyder vægten noget for ryggen?",
        "kan ikke gå mere end 500 meter før lænden gør ondt, lægen siger det er slid",
        # A fear that proved wrong; an examination that found nothing.
        "jeg var bange for at jeg havde tabt mig, men vægten er den samme. ondt i ryggen",
        "lægen tjekkede følelsen i skridtet og alt var normalt. hvilke øvelser kan jeg lave?",
        # A relative's cancer and a question about back pain in general.
        "min faster havde kræft i ryggen. kan almindelige rygsmerter blive til kræft?",
        # Night pain that has stopped; "nu" after the end tells the time since.
        "i sommer vågnede jeg om natten af rygsmerter, men det er stoppet helt nu",
        "vågnede om natten af smerter for et år siden men det er helt væk nu efter svømning",
        # Weight lost with weight-loss medicine.
        "er på vægttabsmedicin og har tabt 8 kg, ryggen driller når jeg løfter",
        # Stiffness that eases; a leg asleep from lying on it; a night spoilt by a mattress.
        "svært ved at gå de første skridt om morgenen, så løsner det op, lænden er stiv",
        "benet var lammet da jeg vågnede, havde ligget på det, efter 5 min var det væk igen",
        "sov elendigt i nat pga vores gamle madras og nu er lænden øm",
        # Legs like jelly after a race.
        "benene føles som gelé efter halvmaraton, lænden er øm",
        # Trouble finding a position in bed; morning stiffness that passes in minutes.
        "jeg kan ikke finde en god stilling i sengen, hvordan skal jeg ligge med ondt i lænden?",
        "kunne næsten ikke komme ud af sengen i morges pga stiv lænd, efter ti minutter gik det",
        # A long sit in a car, a fall off a bicycle: no crash of a vehicle.
        "jeg sad i bilen i tre timer og nu har jeg ondt i lænden",
        "har ondt i ryggen efter jeg faldt af cyklen på vej til arbejde",
        # Saddle numbness that passes; a day when getting to the toilet was hard, walking
        # again today.
        "efter spinning sover skridtet altid lidt, det går væk efter 10 min",
        "i går kunne jeg knap komme ud på toilettet pga lænden, men i dag kan jeg gå igen",
        # "kræft" is no form of "kræfter" (strength); an exercise's arm and leg; pain
        # "ikke så slem længere" after weeks.
        "lægen undersøgte mig i går: ingen feber, ingen kræft, fin kraft i benene",
        "i øvelsen skal jeg strække arm og ben samtidig, og jeg vælter hele tiden",
        "det er 4 uger siden jeg fik ondt i lænden, og det er ikke så slemt længere",
        # A checked list, a baby at night, a fall that spared the back, a fever that
        # went through the house last week.
        "lægen har tjekket for vægttab og siger det er et almindeligt hold i lænden",
        "kan ikke sove om natten pga min nyfødte, og nu har jeg ondt i lænden",
        "min far på 84 faldt i haven i går, men slog kun knæet og har det fint i ryggen",
        "vi havde feber i hele huset for en uge siden, alle er raske igen, men ryggen er stiv",
        # "Ej." as a bare answer still denies.
        "Feber? Ej. Bare ondt i lænden efter flytning.",
        # "svier" (stings) is a word, no swapped "siver" (leaks).
        "det svier lidt når jeg tisser, og jeg har ondt i lænden",
        # Numb on a hard saddle for a quarter of an hour, then gone.
        "på en hård saddel til spinning bliver jeg følelsesløs i skridtet et kvarter, så er"
        " det væk. ondt i lænden",
        # Stiff in the morning, no time to lie down, a pregnancy's week: no signs.
        "i morges kunne jeg næsten ikke komme ud af sengen for lænden, men når jeg har gået"
        " lidt er det bedre",
        "min mand arbejder hele ugen, så jeg kan ikke bare ligge ned med min ømme lænd",
        "jeg er gravid i uge 9 og har ondt i lænden, jeg kan næsten ikke sove, og varme"
        " hjælper ikke",
        # Asked of anyone, beside pain told with a denial: a question, not news.
        "kan man få inkontinens af en prolaps? spørger bare, har ondt i lænden men ingen"
        " problemer med blæren",
        "hvad betyder ridebukseanæstesi? jeg har ondt i lænden",
        # A baby's age in months is no duration.
        "min baby på 4 måneder græder meget, og jeg har fået ondt i ryggen af at bære hende",
        # A date after "efter" with the sign in the past tense is the sign's.
        "efter min operation for to måneder siden havde jeg feber, og ondt i lænden",
        # An accident weeks back whose pain is told in its own clause in the past; a
        # "now" across a "men"; pain that is gone.
        "min bror kørte galt på scooteren sidste måned og fik ondt i ryggen, han har det fint nu",
        "havde lidt feber efter fødslen for 5 år siden men det er jo længe siden. nu har jeg"
        " ondt i lænden",
        "væltede på ski for en måned siden og blev tjekket, alt var normalt, nu er jeg øm i lænden",
        "min mormor på 86 er bange for at falde, hun har ondt i ryggen",
        # The subordinate order keeps its subject before "ikke": "ikke – jeg kan" is none.
        "benet er ikke svagere. Det er det ikke – jeg kan stadig stå på tæer",
        # Pain told in a past tense with the fall, and a fall years back, are past.
        "jeg har knogleskørhed, væltede for en uge siden og havde ondt i ryggen",
        "jeg faldt for 3 år siden og har ondt i lænden. Jeg har knogleskørhed",
        # Sayings, and the ability said back after a denial.
        "jeg er ved at skide i bukserne af nervøsitet før eksamen, og ryggen er helt spændt",
        "min bedstemor kan ikke gå på nettet, hvordan hjælper jeg hende",
        "konen går på gløder for at jeg skal til fys, hvor finder jeg en god en",
        "Det er ikke fordi jeg ikke kan gå, det kan jeg sagtens, det gør bare ondt i ryggen",
        # English: an earlier time of life; Swedish: what a sign means.
        "I had a car accident as a kid, like 20 years ago. Could that be why my back hurts now?",
        "Vad menas med 'uforklarligt vægttab' i den danska texten? Hur mycket räknas?",
        # A small child wetting itself or its nappy is no lost control.
        "min søn på 3 tisser i bukserne og jeg har ondt i ryggen af at bære ham",
        "min 3-årige tisser stadig i bukserne, og jeg har ondt i lænden af at bære hende",
        "babyen tissede igennem bleen i nat og jeg fik ondt i ryggen af at løfte hende",
        # A dive into deep water; snorkelling.
        "sprang på hovedet i vandet fra 3 m vippen i svømmehallen, dybt vand, ondt i lænden",
        "dykkede ned i lavt vand efter min solbrille og fik ondt i ryggen af at bukke mig",
        # A short course months ago is no long-term use.
        "fik prednisolon i 5 dage for 3 måneder siden, nu ondt i lænden",
        # How long ago is no time taken; a cream, an inhaler, injections; stopped.
        "fik prednisolon en enkelt gang, ca 5 mdr siden, nu ondt i ryggen",
        "jeg har ondt i lænden og har brugt hydrokortison creme i to år for eksem",
        "har astma og tager steroid inhalator hver dag, har fået ondt i lænden",
        "fået steroidsprøjter i knæet i to år, nu ondt i ryggen",
        "tog prednisolon i to år indtil 2015, har nu ondt i lænden",
        "fik en prednisolonkur sidste måned, nu ondt i ryggen",
        # A run for cancer, shoes too big, a loose screw, water spilt in the bed.
        "jeg løb for kræft for 2 år siden (stafet for livet) og har haft ondt i ryggen siden",
        "ondt i lænden, de nye sko jeg har bestilt var alt for store",
        "ondt i ryggen, skruen i kontorstolen sidder løst og jeg gør ikke noget for det",
        "ondt i ryggen. spildte et glas vand i sengen i nat, vådt sengetøj og sov dårligt",
        # A "what if" told not met, or a "det kan jeg ikke" that closes no clause.
        "lægen sagde at jeg skulle reagere hvis jeg ikke kunne tisse, og det kan jeg heldigvis"
        " godt",
        "hvad hvis jeg ikke kan tisse? det kan jeg ikke forestille mig",
        "hvis jeg får feber skal jeg ringe, og det har jeg nu læst mig til",
        "kan man få feber af iskias? det kan jeg ikke forestille mig",
    ],
)
def test_past_denied_hypothetical_and_look_alike_signs_are_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.NONE


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "lægen sagde jeg skulle ringe hvis jeg fik feber, og det har jeg nu, ondt i ryggen",
            "feber",
        ),
        (
            "der står at man skal reagere hvis man ikke kan tisse, og det kan jeg ikke",
            "blaere-tarm",
        ),
        (
            "fysen sagde jeg skulle sige til hvis jeg mistede følelsen i skridtet. det er sket nu",
            "foelelsesloes-skridt",
        ),
        # a question of anyone, then the writer's own: the confirmation opening the next
        # sentence points back as "det" does
        ("Kan man få feber af iskias? Det har jeg nu haft i to dage, og ryggen gør ondt", "feber"),
        ("kan man miste følelsen i skridtet af en prolaps? det er sket nu", "foelelsesloes-skridt"),
        ("er det farligt hvis man ikke kan tisse? det kan jeg ikke", "blaere-tarm"),
    ],
)
def test_a_what_if_met_after_it_is_a_sign(detector: RedFlagDetector, text: str, sign: str) -> None:
    # the condition told met ("og det har jeg nu") makes the "what if" the writer's news
    assert sign in {s.id for s in detector.check_text(text).signs}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("kaeresten har ikke kunnet arbejde i 5 uger pga ryggen, og intet virker", "ingen-bedring"),
        # "bad" of the pain, in English (session 39, a probe of my own)
        ("six weeks of bad lower back pain and it's not improving at all", "ingen-bedring"),
        # "ingen ting" written apart (session 39, a probe of my own)
        (
            "smerterne i lænden har været uudholdelige i tre uger og ingen ting virker",
            "ingen-bedring",
        ),
        ("Jeg måtte kravle ud på toilettet i nat, fordi benene ikke ville bære mig", "gangbesvaer"),
        ("faldt ned fra et træ ca 4 meter da jeg var ved at beskære det, ondt i lænden", "traume"),
        ("kræft i nyren for 10 år siden. nu har jeg haft ondt i ryggen i en måned", "kraeft"),
        ("min kæreste græder om natten fordi hendes ryg gør så ondt", "natsmerter"),
        ("jeg mærker ikke toiletbrættet når jeg sidder, lænden driller", "foelelsesloes-skridt"),
        # Fragments, a full stop after every word or two, are read as one sentence.
        ("ryg. ben svagt. værre hver time.", "svaghed"),
        # The parts of a sign told a little apart, across a full stop.
        ("Blæren er mærkelig. Jeg kan ikke mærke når den er fuld.", "blaere-tarm"),
        ("Mine ben er svage. Det er blevet meget værre siden i går.", "svaghed"),
        ("Beboer 86 år, lændesmerter. Ingen vandladning siden i går middag.", "blaere-tarm"),
        # A "men" sets the explanation before it aside.
        ("Troede det var efter maratonet, men benene bliver svagere for hver dag", "svaghed"),
        # Osteoporosis is a standing condition: an old date on it does not make it past.
        ("Brækkede håndleddet sidste år pga knogleskørhed. Nu faldt jeg på trappen", "fraktur"),
        # The person named inside the sign's own words ("dad 81") is whose it is.
        ("My dad (81) slipped in the shower and now has lower back pain", "fraktur"),
        # The writer's own sign counts whoever else has back pain.
        ("Jeg har feber. Min mand har også ondt i ryggen.", "feber"),
        ("hele bagdelen sover siden i morges og ryggen gør ondt", "foelelsesloes-skridt"),
        # "Det har jeg ikke prøvet på" denies the trying, not the weight loss.
        ("jeg er blevet tynd, det har jeg ikke prøvet på, og lænden gør ondt", "vaegttab"),
        ("Kan man blive følelsesløs i skeden? Min datter siger det er nu", "foelelsesloes-skridt"),
        # "kan jeg ikke" is no denial, and still the writer speaking, not a general question.
        ("hvorfor kan jeg ikke mærke noget ved skeden? ryggen gør ondt", "foelelsesloes-skridt"),
        # "Er det farligt hvis jeg ..." asks about the writer's own state.
        ("er det et problem hvis jeg ikke kan mærke brættet på toilettet?", "foelelsesloes-skridt"),
        # A negated toilet act over a time is retention.
        ("jeg har ikke haft afføring siden mandag og føler ingen trang", "blaere-tarm"),
        ("Har stået ved toilettet i 20 min uden at der kommer noget", "blaere-tarm"),
        ("benet bliver svagere. I går kunne jeg hoppe på det, i dag giver det efter", "svaghed"),
        # A look-alike inside a longer phrase of the sign ("har sovet" in a simile).
        ("ondt i lænden og skridtet føles som når man har sovet på en arm", "foelelsesloes-skridt"),
        # The onset "for 6 uger siden" is when it began, not a past sign.
        ("fik et hold i ryggen for 6 uger siden, det er lige så slemt som dag et", "ingen-bedring"),
        ("tager steroider mod astma, bankede ryggen ind i bordkanten, nu gør det ondt", "fraktur"),
        # A change told as two moments, an earlier one and now.
        ("min mor gik selv i søndags, i dag kan hun ikke rejse sig fra stolen", "svaghed"),
        ("højre ben var lidt svagt i går, nu slæber jeg det efter mig, det er svagt", "svaghed"),
        # "hverken ... eller" carries on the sign's own negation: it denies nothing.
        ("kan ikke holde på hverken tis eller afføring mere, ondt i ryggen", "blaere-tarm"),
        # Pain worst when lying still is night or rest pain.
        ("det gør mest ondt når jeg ligger stille, har ikke sovet en hel nat", "natsmerter"),
        # A comparison with a time ("end for en måned siden") is now, not history.
        ("tøjet er større end for en måned siden, har tabt mig, ondt i lænden", "vaegttab"),
        ("fem uger med voldsomme lændesmerter, der bare ikke vil give sig", "ingen-bedring"),
        # "er blevet" is a state now, not another person's past ("blev").
        ("min bror har iskias og på to dage er hans ben blevet kraftløse", "svaghed"),
        # "døde" is also the adjective: numb, not died.
        ("min kone har ondt i ryggen og siger hendes inderlår føles døde", "foelelsesloes-skridt"),
        ("helt dov mellem benene siden i morges og ondt i ryggen", "foelelsesloes-skridt"),
        ("trådte igennem loftet og landede nede i stuen, ryggen gør ondt", "traume"),
        ("ondt i ryggen og benet giver mere og mere efter når jeg går", "svaghed"),
        ("rejste mig fra stolen og så kunne jeg ikke styre mine ben, ondt i lænden", "svaghed"),
        ("blæren føles mærkelig, ved ikke om den er fuld eller tom, ondt i lænden", "blaere-tarm"),
        ("min far kan ikke styre sin mave efter han fik hold i ryggen", "blaere-tarm"),
        ("min mor væltede på cyklen, da en bil ramte hende, og nu har hun ondt i lænden", "traume"),
        ("døvhed fra numsen ned på indersiden af lårene, ondt i ryggen", "foelelsesloes-skridt"),
        ("kan ikke mærke om jeg er tør eller våd, har haft iskias i en uge", "blaere-tarm"),
        ("min mand blev opereret for en knude i tarmen, nu har han ondt i ryggen", "kraeft"),
        ("min mor ligger og vrider sig hver nat pga ryggen", "natsmerter"),
        # Now, then what the legs could do a little while ago.
        ("min far kan ikke længere rejse sig. for to dage siden kunne han sagtens", "svaghed"),
        ("kan ikke træde ordentligt ned med foden. fint i går, værre i morges og nu", "svaghed"),
        ("når jeg tørrer mig føles det som en andens numse", "foelelsesloes-skridt"),
        ("kan næsten ingenting mærke dernede, og ryggen er smadret", "foelelsesloes-skridt"),
        ("siden i morges er det sværere og sværere for ham at gå, ondt i ryggen", "gangbesvaer"),
        ("tager prednisolon fast og tørnede ryggen ind i en dørkarm, nu gør det ondt", "fraktur"),
        ("back pain, no feeling on the inside of both thighs", "foelelsesloes-skridt"),
        ("iskias og benene gør ikke som jeg vil, det er blevet værre hele dagen", "svaghed"),
        # A "what if" of anyone, then told as the writer's own news.
        (
            "hvis man ikke kan holde på vandet, er det akut? det er mig, det startede i nat",
            "blaere-tarm",
        ),
        # A leak told as where it ends up, without naming what leaks.
        ("ryggen er låst og det siver i underbukserne uden at jeg mærker det", "blaere-tarm"),
        # A subordinate clause's word order ("at hun ikke kan"), and "kan" in the past.
        ("min søster siger at hun ikke kan mærke skridtet, ondt i ryggen", "foelelsesloes-skridt"),
        ("han kunne ikke løfte foden i morges og nu er det værre, ondt i ryggen", "svaghed"),
        # A leak not felt coming; a wet bed; urine that does not come.
        ("det løber bare uden varsel, har aldrig haft det før, ondt i lænden", "blaere-tarm"),
        ("min far vædede sengen i nat, han har haft ondt i ryggen i en uge", "blaere-tarm"),
        ("ondt i ryggen, og tisset kommer ikke", "blaere-tarm"),
        # Not getting to the toilet is trouble walking.
        ("kan ikke komme ud på toilettet uden hjælp, lænden er helt låst", "gangbesvaer"),
        # ", ikke." at the end asks for agreement; it denies nothing.
        ("har 38,9 i feber og ondt i ryggen, ikke.", "feber"),
        # A crash told as what a vehicle did: a vehicle and a crash word, close.
        ("en bus bragede ind i siden af vores bil, og nu gør lænden ondt", "traume"),
        ("min søn væltede med sin scooter i morges og har ondt i ryggen", "traume"),
        # Learnt from blind set 17 once it was a floor.
        ("inderlårene føles som om de ikke er mine, ondt i ryggen", "foelelsesloes-skridt"),
        ("min far har ondt i ryggen og skal pludselig have hjælp til at gå", "gangbesvaer"),
        ("har siddet på toilettet en time uden at der kommer noget, lænden er låst", "blaere-tarm"),
        # Learnt from training set 20.
        ("jeg er i et kræftpakkeforløb, og nu har jeg fået ondt i lænden", "kraeft"),
        ("købte bukser to størrelser mindre uden at spise anderledes, ondt i ryggen", "vaegttab"),
        ("jeg har kuldegysninger og ondt i lænden", "feber"),
        ("kan pludselig ikke holde tæt, og lænden er helt gal", "blaere-tarm"),
        ("since this morning I can't feel anything when I wipe, back pain", "foelelsesloes-skridt"),
        ("jeg skal kigge efter for at vide om jeg har tisset, ondt i ryggen", "blaere-tarm"),
        ("foden løfter sig ikke ordentligt og det bliver værre, ondt i ryggen", "svaghed"),
        ("min far gik fint i går, i dag kan han knap komme ud til bilen pga ryggen", "svaghed"),
        # "mistede" with a time now is news.
        ("min mand mistede følelsen i skridtet i morges, ondt i ryggen", "foelelsesloes-skridt"),
        # Learnt from training set 21.
        ("siden i morges kan hun kun gå ved at støtte sig til væggen, ondt i ryg", "gangbesvaer"),
        ("en varevogn kørte ind i min bil bagfra, nu gør lænden ondt", "traume"),
        # The time of the clause that tells a sign ("I nat opdagede jeg, at ...") is its time.
        ("I nat opdagede jeg, at han havde tisset i sengen. Han har ondt i ryggen", "blaere-tarm"),
        ("jeg ved ikke om jeg er våd eller ej, og lænden gør ondt", "blaere-tarm"),
        ("der kommer kun et lille pift når jeg prøver at tisse, hold i lænden", "blaere-tarm"),
        ("min mor kan ikke mærke toiletstolen, ondt i lænden", "foelelsesloes-skridt"),
        # Learnt from blind set 19 once it was a floor.
        ("back pain for 8 weeks, really bad, and the exercises haven't helped", "ingen-bedring"),
        ("faldskærmen foldede sig ikke helt ud og jeg ramte jorden hårdt, ondt i lænden", "traume"),
        # Learnt from training set 22: night and rest pain told as what happens at night.
        ("lige meget hvordan jeg ligger, er smerten i lænden den samme om natten", "natsmerter"),
        ("min far vandrer rundt om natten pga lændesmerter", "natsmerter"),
        ("ondt i lænden, især om natten, i tre uger nu", "natsmerter"),
        ("smerten i lænden går ikke væk ved hvile", "natsmerter"),
        ("min bedstemor 91 faldt ud af sengen i nat og har ondt i lænden", "fraktur"),
        # Learnt from blind set 20 once it was a floor ("fast" is steady, not "faster").
        ("tager prednisolon fast, cyklede ind i en kantsten i går, ondt i lænden", "fraktur"),
        ("min mor på prednisolon fik en albue i lænden i går og har ondt", "fraktur"),
        ("så ondt at jeg græder, over en måned uden nogen som helst bedring", "ingen-bedring"),
        # A duration told by a month ("siden midt i september").
        ("benet har prikket og sovet siden midt i september, ondt i lænden", "nervetegn"),
        # Night sweats that soak the bedding; a thigh "som pap" for months; walking the
        # floor at night ("frem og tilbage i stuen" is no "tilbage i" of old times).
        ("har svedt så sengetøjet var gennemblødt tre nætter, lænden gør ondt", "feber"),
        ("ydersiden af låret føles som pap, i 2 måneder nu med lændesmerter", "nervetegn"),
        ("går frem og tilbage i stuen kl 3 om natten fordi ryggen gør så ondt", "natsmerter"),
        # A date in a clause of its own after the sign is that clause's event's date.
        ("feber og ondt i lænden efter jeg havde en operation i armen sidste uge", "feber"),
        # "ej altså" is a sigh, no denial; "pludselig" inside "kunne pludselig ikke" is
        # news, whoever it is about; going down to the car is no ordinary walk.
        ("ej altså, har lige tisset i bukserne uden at mærke det, ondt i ryggen", "blaere-tarm"),
        ("min mand kunne pludselig ikke gå ned til bilen i morges, han har iskias", "gangbesvaer"),
        # A sign's parts told apart, the question of anyone first, then a person's news.
        (
            "kan man få problemer med at holde på tissen af iskias? min far har haft to uheld"
            " i dag",
            "blaere-tarm",
        ),
        # A fall over the dog is the writer's; a motocross crash; cancer being treated;
        # pain "stadig helt vilde" after weeks with nothing better.
        ("knogleskørhed. faldt over katten i aftes og slog ryggen. nu gør det ondt", "fraktur"),
        ("min datter væltede på crossmotorcyklen i går og har ondt i ryggen", "traume"),
        ("brystkræft under behandling, og nu ondt i lænden", "kraeft"),
        (
            "6 uger med fys, men smerterne i lænden er stadig helt vilde og intet er blevet bedre",
            "ingen-bedring",
        ),
        # Weight loss told by the belt or the ring; a grandmother's hard landing.
        ("har lavet et nyt hul i bæltet uden at spise mindre, og lænden gør ondt", "vaegttab"),
        ("my nan is 88, she slipped and sat down hard yesterday, now her back hurts", "fraktur"),
        # "ej" opening a sentence is a sigh; "eller ej" denies nothing; legs that will not
        # come along.
        ("ej min mand kan ikke tisse, der kommer ingenting, han har ondt i ryggen", "blaere-tarm"),
        ("kan ikke mærke om jeg har tisset eller ej, ondt i ryggen", "blaere-tarm"),
        ("kunne pludselig ikke få benene med på trappen i dag, ondt i lænden", "gangbesvaer"),
        # Two neighbouring letters swapped are one slip, in short words too.
        ("har feebr og ondt i lænden siden fredag", "feber"),
        ("kan ikke holde på vnadet og ondt i ryggen", "blaere-tarm"),
        # A letter typed twice where the word has two others ("tiise"), and a slip of a
        # chat form: a slip of "tise" means "tisse".
        ("min mor har ondt i lænden og har ikke kunnet tiise siden i morges", "blaere-tarm"),
        # Pads worn for what runs; a little urine with each movement.
        ("må gå med bind nu, for det løber bare af sig selv, og ryggen gør ondt", "blaere-tarm"),
        ("jeg tisser lidt når jeg rejser mig fra stolen, og lænden gør ondt", "blaere-tarm"),
        # An acute sign asked of anyone, beside the writer's own back pain told as news.
        (
            "er det farligt når man ikke kan mærke skridtet? har haft ondt i lænden siden fredag",
            "foelelsesloes-skridt",
        ),
        # Very bad pain told as lasting a month or more has not got better in 2–6 weeks.
        ("lænden har været helt forfærdelig i over en måned nu", "ingen-bedring"),
        # A foot that drops, worse by the hour.
        ("siden i morges hænger min højre fod, og det bliver værre, ondt i lænden", "svaghed"),
        # A date in an "efter"/"siden" phrase is the event's; the sign in the perfect
        # runs from it.
        ("efter min hofteoperation for to uger siden har jeg haft feber og ondt i lænden", "feber"),
        ("jeg har haft feber siden fødslen for tre uger siden, og lænden gør ondt", "feber"),
        # An accident or a fall weeks back, and the pain told as now since.
        (
            "faldt ned fra et stillads for to uger siden, har haft ondt i lænden lige siden",
            "traume",
        ),
        (
            "Min farmor på 88 faldt på badeværelset i sidste uge. Hun har stadig ondt i ryggen",
            "fraktur",
        ),
        (
            "jeg er 79 og har ondt i ryggen, efter at jeg faldt over en dørtærskel i sidste uge",
            "fraktur",
        ),
        (
            "har taget prednisolon i årevis, og i går fik jeg døren ind i ryggen, det gør ondt",
            "fraktur",
        ),
        # Pain told in a present tense in the fall's own clause is pain now: after a
        # clause word, or before the fall.
        ("faldt på isen for en uge siden og har ondt i lænden. Jeg har knogleskørhed", "fraktur"),
        ("har ondt i lænden efter et fald for en uge siden, og jeg har knogleskørhed", "fraktur"),
        # Numbness from the saddle that does not pass.
        (
            "skridtet er sovet ind efter cykelturen, og det går ikke væk, ondt i lænden",
            "foelelsesloes-skridt",
        ),
        # Slang, non-native word order and compounds typed apart.
        ("min bror har ondt i ryggen og han pisser på sig selv", "blaere-tarm"),
        ("min mand har ondt i ryggen og har ikke styr på numsen nu", "blaere-tarm"),
        ("ingen tis i 12 timer og ryggen dunker, normalt?", "blaere-tarm"),
        ("I can't tell anymore when I need to go number 2, back pain", "blaere-tarm"),
        ("lænden skriger og mit højre ben lystrer mindre og mindre", "svaghed"),
        ("motorcykel uheld i går, ryggen smerter mega", "traume"),
        (
            "indersiden af lårene og bagdelen er helt træagtig, ondt i ryggen",
            "foelelsesloes-skridt",
        ),
        # Steroids for long told in months, "to år", a season back or "lang tids".
        (
            "Jeg har taget prednisolon i to år for min lungesygdom og har ondt i lænden",
            "steroid-ryg",
        ),
        ("Prednisolon-tabletter i 8 mdr for astma, og nu nye smerter i ryggen", "steroid-ryg"),
        ("Lang tids prednisolon pga sarkoidose, og nu en ny smerte i lænden", "steroid-ryg"),
        ("steroidbehandling med piller siden sidste vinter. ondt i lænden nu", "steroid-ryg"),
        ("Beboer på fast prednisolon de sidste 3 år klager over ryggen i dag", "steroid-ryg"),
        ("jeg har i to år fået prednisolon for min gigt, og nu gør ryggen ondt", "steroid-ryg"),
        ("min far har fået prednisolon i to år og klager hele tiden over ryggen", "steroid-ryg"),
        # A course of something else is no short course of the steroid.
        (
            "er på prednisolon i to år nu, har fået antibiotika kur for lungebetændelse og nu"
            " ondt i ryggen",
            "steroid-ryg",
        ),
        ("var syg for 3 år siden (modermærkekræft) og nu har jeg ondt i ryggen", "kraeft"),
        (
            "vægten er gået lidt ned hver uge i 2 måneder, jeg gør ikke noget for det. Og min"
            " lænd gør ondt",
            "vaegttab",
        ),
        ("Kjolen var alt for stor, og jeg har ikke slanket mig. Jeg har ondt i ryggen", "vaegttab"),
        (
            "Kollega har ondt i lænden og ser meget tyndere ud. Han siger selv han ikke er på kur.",
            "vaegttab",
        ),
        # Vivid words: a rubber feeling, a leg dying, no need to pee after drinking, not
        # reaching the toilet, a dive into shallow water; the word order turned after "nu".
        (
            "fornemmelsen omkring endetarmen er som om der er lagt et lag gummi over, ondt i"
            " ryggen",
            "foelelsesloes-skridt",
        ),
        ("Mit ben dør mere og mere, nu kan jeg ikke strække knæet. Ondt i lænden", "svaghed"),
        (
            "har drukket en masse vand men har ikke skullet tisse én eneste gang. Ryggen gør ondt",
            "blaere-tarm",
        ),
        ("han når ikke på toilet og mærker det ikke. har haft iskias i en uge", "blaere-tarm"),
        ("nu vil blæren ikke tømme sig og jeg har ondt i lænden", "blaere-tarm"),
        (
            "Sprang på hovedet i vandet fra molen og ramte bunden, nu har jeg ondt i ryggen",
            "traume",
        ),
        # English, Swedish and mixed Danish-English.
        (
            "I don't get the 'need to pee' feeling anymore. lower back pain for 4 days",
            "blaere-tarm",
        ),
        (
            "Der er ingen følelse på inside af mine lår. Is that normal med rygsmerter?",
            "foelelsesloes-skridt",
        ),
        (
            "Nu har det gått fem veckor och ryggen gör lika jävla ont som första dagen.",
            "ingen-bedring",
        ),
        # The writer's own loss beside a small child's, another adult's beside a toddler,
        # a small child's retention, an older child's wetting: still signs.
        (
            "min søn på 3 tisser i bukserne og jeg kan ikke holde på vandet, ondt i ryggen",
            "blaere-tarm",
        ),
        (
            "my wife hurt her back lifting our toddler on sunday and today she wet herself"
            " without even noticing",
            "blaere-tarm",
        ),
        (
            "min datter på 4 kan ikke tisse, der kommer ingenting, og hun har ondt i ryggen",
            "blaere-tarm",
        ),
        ("min søn på 13 tisser i sengen igen og har ondt i ryggen", "blaere-tarm"),
        # A carer's words for a wet bed and retention.
        ("Fru Jensen på 78 havde vådt sengetøj i morges, og hun har ondt i ryggen", "blaere-tarm"),
        ("En beboer har tisset igennem to gange i nat, og hun har ondt i lænden", "blaere-tarm"),
        ("beboer 76 år, der ikke selv kan lade vandet i dag. Hun har ondt i lænden", "blaere-tarm"),
        # "Nu skulle jeg ..." tells what happened, no "what if".
        (
            "rygskud i mandags. Nu skulle jeg ud på toilettet og kunne pludselig ikke tage et"
            " eneste skridt",
            "gangbesvaer",
        ),
    ],
)
def test_signs_told_through_what_people_notice(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in {s.id for s in detector.check_text(text).signs}


def test_a_denial_of_all_reaches_no_sign_told_before_it_as_news(
    detector: RedFlagDetector,
) -> None:
    text = "Jeg kan ikke holde på vandet. Feber og vægttab: ingen af delene."
    assert detector.check_text(text).tier is Tier.ACUTE


def test_a_question_followed_by_when_it_began_is_the_writers_own(
    detector: RedFlagDetector,
) -> None:
    text = "Kan man få en sovende fornemmelse i skamlæberne? Det er startet i dag."
    assert detector.check_text(text).tier is Tier.ACUTE


def test_a_question_about_a_sign_is_spoken_of_not_flagged(detector: RedFlagDetector) -> None:
    result = detector.check_text("hvad betyder det hvis man ikke kan holde på vandet?")
    assert (result.tier, result.asked_about) == (Tier.NONE, True)


def test_an_abbreviated_earlier_cancer_is_a_sign_and_a_googled_one_is_not(
    detector: RedFlagDetector,
) -> None:
    # "tidl." is "tidligere": an earlier cancer counts, however long ago it was removed.
    assert "kraeft" in ids(
        detector,
        "tidl. modermærkekræft, fjernet for 6 år siden. lænden er begyndt at gøre ondt nu.",
    )
    # A belief is no diagnosis.
    assert (
        ids(
            detector,
            "Min mand er overbevist om at han har kræft i ryggen fordi han har googlet, men han"
            " har bare ondt efter at have malet loft hele weekenden.",
        )
        == set()
    )


def test_a_new_leak_when_coughing_is_a_sign_and_a_leak_since_childbirth_is_not(
    detector: RedFlagDetector,
) -> None:
    assert "blaere-tarm" in ids(
        detector,
        "har ondt i lænden, og siden i forgårs kan jeg ikke holde på tisset når jeg hoster",
    )
    assert (
        ids(
            detector,
            "tisser lidt når jeg nyser, har gjort det siden jeg fik børn. ondt i lænden efter"
            " havearbejde",
        )
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "har ondt i lænden, og siden i går kan jeg ikke sove",
        "i går kan jeg ikke huske om jeg tog mine piller, ryggen gør ondt",
    ],
)
def test_yesterday_is_no_walking(detector: RedFlagDetector, text: str) -> None:
    # "i går" (yesterday) holds "går" (walks): "i går kan jeg ikke" is no trouble walking.
    assert "gangbesvaer" not in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "siden i morges kan jeg ikke mærke lårene på indersiden, og ryggen gør ondt",
        "kunne gå fint i går men nu kan jeg ikke komme ned ad trappen. rygsmerter",
        "siden i aftes kan jeg ikke gå længere end til toilettet, og lænden gør ondt",
    ],
)
def test_acute_signs_told_by_the_inner_thighs_the_stairs_and_the_distance(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I rolled the car on the motorway yesterday and now my lower back hurts", "traume"),
        (
            "fire uger med de værste smerter i mit liv, og der er ingen fremgang overhovedet",
            "ingen-bedring",
        ),
    ],
)
def test_signs_from_blind_set_25_once_it_was_a_floor(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # a leak since childbirth is long-standing
        "jeg tisser lidt når jeg nyser, det har jeg gjort siden min første fødsel. ondt i lænden",
        # a fear of losing control is no loss of control
        "jeg frygter at jeg skal miste kontrollen over blæren, men alt fungerer. ondt i ryggen",
    ],
)
def test_look_alikes_from_blind_set_25_once_it_was_a_floor(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


def test_a_sign_told_as_now_then_asked_about_is_the_writers(detector: RedFlagDetector) -> None:
    # Chat drops "jeg": the cancer is told as now, and only then asked about.
    assert "kraeft" in ids(
        detector,
        "er i behandling for brystkræft og har nu fået ondt i lænden, kan det have noget"
        " med det at gøre?",
    )
    # ... also when the "now" comes after the sign, before the question about it.
    assert "feber" in ids(
        detector, "har haft 39 i feber siden i morges, har det noget med ryggen at gøre?"
    )
    # With nothing told as now, the question stays a question; "have noget med ... at
    # gøre" (to do with) is no "have had".
    assert ids(detector, "kan kræft have noget med ondt i lænden at gøre?") == set()
    assert ids(detector, "kan ondt i lænden have noget med kræft at gøre?") == set()


def test_nerve_signs_for_weeks_without_improvement_count_whatever_began_them(
    detector: RedFlagDetector,
) -> None:
    # Exertion explains a tingle after a run; not one that has not improved for weeks.
    assert "ingen-bedring" in ids(
        detector,
        "fik iskias efter dødløft for seks uger siden, der sover stadig noget i foden og der"
        " er ingen bedring trods øvelser",
    )


def test_an_english_grandparent_s_fall_is_theirs(detector: RedFlagDetector) -> None:
    # "my gran is 90" is the grandmother's age, not the writer's: her fall at 90 counts.
    assert "fraktur" in ids(
        detector, "my gran is 90, she fell on the ice this morning and now her back hurts a lot"
    )


def test_a_reason_given_as_fact_is_no_what_if(detector: RedFlagDetector) -> None:
    # "spørger om" governs its own clause; the "fordi" clause after it is told as fact.
    assert "vaegttab" in ids(
        detector,
        "min mor spørger om jeg spiser nok, fordi jeg har tabt 7 kilo uden at prøve. Og"
        " lænden gør ondt hver nat",
    )


def test_to_be_honest_is_no_what_if(detector: RedFlagDetector) -> None:
    # held-out set 63 (once a floor): an acute sign told after "hvis jeg skal være ærlig"
    # was read as hypothetical
    for told in (
        "hvis jeg skal være ærlig har jeg ikke kunnet holde på tissen de sidste par dage,"
        " lidt pinligt. ondt i lænden",
        "if im honest i cant hold my pee since yesterday and my back hurts",
        # from a review: with words between
        "hvis jeg skal være 100% ærlig har jeg ikke kunnet holde på tissen",
        "hvis vi skal være ærlige har min far ikke kunnet styre blæren de sidste dage",
        # the "not" of the sign's own words denies nothing
        "jeg har ikke kunnet styre maven siden i morges, og lænden gør ondt",
    ):
        assert "blaere-tarm" in ids(detector, told), told
    assert ids(detector, "hvis jeg ikke kan holde på vandet, hvad så?") == set()


def test_what_happens_whenever_one_does_something_is_told_not_supposed(
    detector: RedFlagDetector,
) -> None:
    # a red-flag probe (session 71): the main clause after a "hvis" put first, without the
    # comma, was read as supposed with it
    for told in (
        "hvis jeg prøver at gå op ad trappen svigter mit ben og det bliver værre og værre",
        "hvis jeg går op ad trappen svigter benene, og det er blevet meget værre siden i går",
        "hvis jeg rejser mig kan jeg ikke mærke mine ben og det bliver værre",
        # a code review: "står" is the condition's verb
        "hvis jeg står op svigter benene",
    ):
        assert "svaghed" in ids(detector, told), told
    assert "blaere-tarm" in ids(detector, "hvis jeg hoster så løber det bare ud af mig")
    # ... also after a word or two before the "hvis" (a code review)
    assert "blaere-tarm" in ids(detector, "nogle gange hvis jeg griner tisser jeg i bukserne")
    assert ids(detector, "nogle gange hvis jeg får cauda equina kan jeg ikke tisse") == set()
    # a code review: "så" of a degree ("så ondt at") is no "then" of a question
    for told, sign in (
        ("hvis jeg hoster, gør det så ondt at jeg tisser i bukserne", "blaere-tarm"),
        ("hvis jeg ikke tager panodil, kan jeg så slet ikke gå", "gangbesvaer"),
    ):
        assert sign in ids(detector, told), told
    # ... but a question of what a supposed sign leads to, or what would be, supposes both
    for asked in (
        "hvis jeg mister følelsen i skridtet, kan jeg så ikke gå?",
        "hvis jeg mister følelsen i skridtet kan jeg så ikke gå?",
        "Hvis jeg får prolaps, bliver jeg så lam i benene?",
        "Hvis jeg havde cauda equina, ville jeg ikke kunne holde på vandet",
        # a code review: what follows from something coming about is supposed too
        "hvis jeg får cauda equina kan jeg ikke holde på vandet",
        "såfremt jeg får problemer med at tisse skal jeg så ringe 112",
    ):
        assert ids(detector, asked) == set(), asked


def test_an_earlier_cancer_told_of_a_person_dates_the_cancer_not_their_pain(
    detector: RedFlagDetector,
) -> None:
    # a red-flag probe (session 72): "tidligere" in "med tidligere ..." dated the back pain
    # of the clause too, as another person's past
    for told in (
        "min far med tidligere prostatakræft har ondt i lænden",
        "min patient (67) med tidligere mammacancer har fået nye lændesmerter, hvad skal hun"
        " holde øje med",
    ):
        assert "kraeft" in ids(detector, told), told
    # a code review: the word right after the noun is no longer dated with it
    assert "blaere-tarm" in ids(detector, "min bror med tidligere diskusprolaps kan ikke tisse")


def test_a_temperature_measured_with_a_degree_of_fever_in_any_order_is_fever(
    detector: RedFlagDetector,
) -> None:
    # a red-flag probe (session 72): the measuring and the degree apart in the sentence
    for told in (
        "når jeg måler mig om aftenen er jeg over 38 og det er også der ryggen gør mest ondt",
        "termometeret sagde vist noget med 38,6 i morges og lænden driller",
    ):
        assert "feber" in ids(detector, told), told
    # ... but not below it, nor a pulse (a code review)
    for calm in (
        "jeg måler mig hver dag, 37 grader, ondt i ryggen",
        "jeg målte mig og den var lige under 38, ondt i ryggen",
        "målte mig, kun 38 i puls haha, ondt i ryggen",
    ):
        assert ids(detector, calm) == set(), calm


def test_long_term_steroids_told_with_what_they_are_for_are_long_term(
    detector: RedFlagDetector,
) -> None:
    # conversations 59 (once a floor): "for min KOL" between the steroid and its years
    assert "steroid-ryg" in ids(
        detector,
        "Jeg har fået prednisolon-tabletter for min KOL i næsten to år nu, og nu er jeg"
        " begyndt at få ondt i lænden",
    )
    assert ids(detector, "fik prednisolon for min astma for to år siden, nu ondt i lænden") == set()


def test_what_to_look_for_is_no_looking_to_know_whether_one_has_peed(
    detector: RedFlagDetector,
) -> None:
    assert ids(detector, "hvad skal jeg kigge efter? jeg tisser meget om natten") == set()
    assert ids(detector, "hvilke tegn skal man kigge efter? jeg tisser tit") == set()
    for told in (
        "jeg kan ikke mærke det, jeg skal kigge efter om jeg har tisset",
        "kan ikke mærke når jeg tisser, jeg skal kigge efter",
    ):
        assert "blaere-tarm" in ids(detector, told), told


def test_legs_that_could_yesterday_and_are_getting_harder_to_lift_are_weakness(
    detector: RedFlagDetector,
) -> None:
    # "i går kunne jeg gå helt normalt" is then, not a recovery that clears the sign.
    assert "svaghed" in ids(
        detector,
        "begge mine ben er blevet så svage at jeg faldt på trappen i dag, i går kunne jeg gå"
        " helt normalt",
    )
    assert "svaghed" in ids(
        detector, "har siden i morges fået sværere og sværere ved at løfte højre ben op"
    )
    # Walking normally again now still clears it.
    assert ids(detector, "benene var svage i går, men nu går jeg normalt igen") == set()


def test_another_complaint_gone_ends_no_sign_told_before_it(detector: RedFlagDetector) -> None:
    # What is over is the headache or the cough, not the fever or the bladder.
    assert "feber" in ids(
        detector, "Jeg har 39 i feber og ondt i ryggen, men hovedpinen er gået over"
    )
    assert "feber" in ids(detector, "Jeg har feber og ondt i ryggen, hosten er væk nu")
    assert "blaere-tarm" in ids(
        detector, "Jeg kan ikke holde på vandet siden i morges, men min hovedpine er gået over"
    )
    # The sign's own words, or "det", as the subject still end it.
    assert ids(detector, "Jeg havde feber og ondt i ryggen, men feberen er gået over") == set()
    assert ids(detector, "Jeg havde feber og ondt i ryggen, men det er gået over") == set()


def test_another_person_s_past_tense_reported_now_is_news(detector: RedFlagDetector) -> None:
    # "siger at" tells now what happened over the weekend: no story of the past.
    assert "svaghed" in ids(
        detector,
        "Min søn på 22 har ondt i ryggen efter fitness og siger at det ene ben blev mere og "
        "mere lammet hen over weekenden",
    )
    # A date still makes it past, and without the report it is a story.
    assert ids(detector, "min kollega siger at han fik lammelser i benet for 3 år siden") == set()
    assert (
        ids(detector, "Min søn havde ondt i ryggen, og det ene ben blev mere og mere lammet")
        == set()
    )


def test_another_person_s_story_dated_last_night_is_news(detector: RedFlagDetector) -> None:
    assert "blaere-tarm" in ids(
        detector,
        "Min mand har ondt i ryggen. I aftes sad han i sofaen, og da han rejste sig var sofaen "
        "våd – han havde ikke opdaget at han havde tisset.",
    )
    # A time of the writer's own doing dates no one else's story.
    story = "I går talte jeg med min kollega, han havde problemer med at tisse efter en operation"
    assert ids(detector, story) == set()


def test_a_denial_in_the_gap_of_a_term_denies_it(detector: RedFlagDetector) -> None:
    # "vågner ... af smerter" allows words between, but not "ikke".
    assert ids(detector, "jeg sover fint og vågner ikke af smerter, men lænden er stram") == set()
    assert "natsmerter" in ids(detector, "jeg vågner om natten af smerter i lænden")
    # A term's own "ikke" is still its own.
    assert "foelelsesloes-skridt" in ids(
        detector, "jeg mærker ikke noget i skridtet og har ondt i ryggen"
    )


def test_a_time_in_the_gap_of_a_pseudo_denial_still_dates_the_sign(
    detector: RedFlagDetector,
) -> None:
    # "kunne ... ikke" is no denial, and the "engang" between its words is long ago.
    friend = "min veninde kunne engang ikke tisse pga ryggen. jeg har ondt i lænden"
    assert ids(detector, friend) == set()
    # Her sign told now, and "ikke engang" ("not even") is no time.
    assert "blaere-tarm" in ids(
        detector, "min veninde kunne ikke tisse i nat, hun har ondt i ryggen"
    )
    assert "blaere-tarm" in ids(detector, "hun kan ikke engang tisse, og ryggen gør ondt")


def test_english_words_are_not_corrected_into_danger_words(detector: RedFlagDetector) -> None:
    # "afford" is no "afføring", "cancel" no "cancer", "privately" no "privates".
    assert ids(detector, "I hurt my lower back and can't really afford a physio now") == set()
    assert ids(detector, "my back hurts, how do I cancel my gym membership") == set()
    assert ids(detector, "my lower back hurts, should I see a physio privately?") == set()
    # An English danger word mistyped is still read as meant.
    assert "blaere-tarm" in ids(detector, "my back hurts and I am suddenly incontinant")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # High energy told by a height in words, a balcony, whoever's motorbike, a speed
        # driven without its unit, a crash on the motorway, a parachute landing hard.
        ("min søn faldt ned fra flere meters højde i klatreparken og har ondt i lænden", "traume"),
        ("my brother fell off the balcony last night and his lower back really hurts", "traume"),
        ("my uncle came off his motorcycle today and now his back hurts", "traume"),
        ("vi havde en kollision og kørte omkring 90, nu gør lænden ondt", "traume"),
        ("min kone var i et sammenstød på motorvejen i morges, hun har ondt i ryggen", "traume"),
        ("landede skævt efter et faldskærmsudspring i går, slog ryggen og har ondt", "traume"),
        # Legs failing told as events: knees named between, strength going, paralysis
        # coming, walking fine yesterday told first.
        (
            "i dag klapper mine ben bare sammen under mig og det bliver værre, ondt i ryggen",
            "svaghed",
        ),
        ("kraften i begge mine ben forsvinder mere og mere, ondt i lænden", "svaghed"),
        ("mit venstre ben er ved at blive lammet, det går stærkt, ondt i lænden", "svaghed"),
        ("i går kunne hun gå fint, nu kan hun knap stå fordi benene er kraftesløse", "svaghed"),
    ],
)
def test_high_energy_and_failing_legs_told_in_other_words(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Neither kept; a bladder that never empties.
        ("min far har ondt i ryggen og har ikke styr på hverken tis eller afføring", "blaere-tarm"),
        ("blæren bliver aldrig tømt selvom jeg presser, og lænden gør ondt", "blaere-tarm"),
        # The inner thighs told with the words between or after, where one sits, wiping,
        # the riding-breeches feeling named, nothing felt when intimate.
        ("ondt i ryggen og helt følelsesløs inderst på mine lår", "foelelsesloes-skridt"),
        ("lårene på indersiden er som bedøvede, og jeg har ondt i lænden", "foelelsesloes-skridt"),
        ("my back hurts and the inside of my thighs feel numb", "foelelsesloes-skridt"),
        (
            "han kan ikke mærke noget der hvor han sidder, og ryggen gør ondt",
            "foelelsesloes-skridt",
        ),
        ("my back is killing me and I can't feel anything when I wipe", "blaere-tarm"),
        ("har en ridebuksefølelse og ondt i lænden siden i går", "foelelsesloes-skridt"),
        # Someone sitting beside the writer is no shy bladder ("når nogen står ved siden af mig").
        (
            "min mand sidder ved siden af mig, han har tisset i bukserne uden at mærke det",
            "blaere-tarm",
        ),
    ],
)
def test_bladder_and_saddle_signs_told_in_other_words(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Bad pain told by crying or by socks, weeks long, not a day better.
        ("ryggen får mig til at tude hver morgen, fem uger nu, og ingen bedring", "ingen-bedring"),
        (
            "i fire uger har jeg ikke kunnet tage strømper på selv, og det rokker sig ikke",
            "ingen-bedring",
        ),
        ("helt ekstreme smerter i lænden i 3 uger og der er ikke sket noget", "ingen-bedring"),
        ("terrible low back pain for a month now and it's not getting any better", "ingen-bedring"),
        ("forfærdelige smerter i to en halv uge, ikke en eneste dag med bedring", "ingen-bedring"),
        # At night, whatever the position.
        ("om natten har jeg prøvet alle stillinger, lænden gør lige ondt", "natsmerter"),
        # Steroids taken all the time, daily, for a year, long-term, regularly.
        ("jeg tager prednisolon hver dag for min gigt og har fået ondt i ryggen", "steroid-ryg"),
        ("my dad has been on prednisolone long-term and now his back hurts", "steroid-ryg"),
        ("jeg har fået kortison i et års tid og nu gør lænden ondt", "steroid-ryg"),
        ("hun får faste prednisolon-tabletter og har fået ondt i lænden", "steroid-ryg"),
    ],
)
def test_prompt_signs_told_in_other_words(detector: RedFlagDetector, text: str, sign: str) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "vi kørte ca 100 km til sommerhuset i går og min ryg er stiv",
        "et lille sammenstød med en indkøbsvogn i Netto, lidt ondt i ryggen",
        "vi havde et sammenstød på arbejdet om budgettet, og nu spænder min ryg",
        "jeg knækker helt sammen af grin når min søn laver bird-dog, men min lænd er øm",
        "i går kunne jeg ikke gå, men i dag går det fint igen med ryggen",
    ],
)
def test_look_alikes_of_high_energy_and_failing_legs_stay_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


# Look-alikes with an everyday cause and the signs beside them (session 40; phrasings of
# my own, each family measured on all eval files: docs/safety.md, H1).
LOOK_ALIKES_WITH_AN_EVERYDAY_CAUSE = [
    # "pisse" after a verb is "very"; "chille" is relaxing, no chills.
    "min ryg gør pisse ondt og jeg kan ikke få en tid hos lægen",
    "skal jeg træne eller bare chille når lænden er øm?",
    # A fever beside a back told fine, a temperature measured normal before the question,
    # a number told as an age.
    "har feber og hoste, ingen rygproblemer, hvad skal jeg tage?",
    "jeg har ondt i ryggen og var lidt varm, så jeg målte 36,9. er det feber?",
    "har feber og snot, min ryg fejler intet. hvad skal jeg tage?",
    "jeg er 39 og lidt bekymret, for min lænd er øm",
    # A seat gone to sleep, back as soon as one stands up; a sign's name asked about.
    "numsen blev følelsesløs på stadion, men det gik væk da jeg rejste mig. lænden er øm",
    "my groin went numb on a long ride but it wore off after a few minutes, back aches",
    "hva er cauda equina?",
    # A "what if" that goes on with "når" ("when") is still one.
    "hvad hvis jeg ikke kan mærke skridtet når jeg vågner?",
    # Tipping over in an exercise, asked about as technique.
    "jeg vælter hele tiden til siden i den der øvelse på alle fire, hvad gør jeg forkert?",
    # Nights kept awake by something else.
    "jeg kan ikke sove fordi min nabo spiller høj musik, og ryggen er øm om morgenen",
    "vågnede i nat fordi jeg lå skævt, og lænden var øm indtil jeg stod op",
    # What one read, asked for a friend, what nobody has.
    "er det farligt hvis man ikke kan tisse? jeg læste det i et blad, selv tisser jeg fint",
    "is numbness in the groin serious? asking for a friend, nobody has it right now",
    # A relative's fever told with the possessive after the noun, the writer's back pain.
    "datteren min har feber, og jeg har ondt i lænden af at bære hende",
    # The toilet kept from one by a queue; sheets changed as the pain's cause.
    "kunne ikke tisse i pausen fordi der var kø til toiletterne, og ryggen er øm",
    "min søn på 15 har ondt i ryggen af at skifte sengetøjet",
    # Session 41: a fever a cold brings, no pain told at all; what one read can happen to
    # anyone; only asking.
    "er forkølet og har 38,5 i feber, må jeg gå på arbejde?",
    # A leg asleep from squatting, and well again; legs worn out by a race or a party; a
    # time ahead is no duration.
    "benet gav efter da jeg rejste mig, men jeg havde siddet på hug, og så var det fint igen",
    "kan næsten ikke gå efter maraton i går, lårene er smadrede og lænden er øm",
    "lidt usikker på benene efter julefrokosten, og lænden er øm i dag",
    "skal starte på arbejde igen om 3 uger, lænden har været øm siden fødslen, bliver det værre?",
    # "still" of what one may do; a claim about all back pain; not having wet oneself told
    # in a clause; whether going on makes it worse, asked; Swedish years back; a sign the
    # next sentence points back to and dates.
    "fik iskias i går, det prikker lidt ned i benet, kan jeg stadig gå til fodbold på lørdag?",
    (
        "min svigermor siger at ondt i ryggen altid er kræft 🙄 jeg har bare løftet forkert på"
        " lageret, skal jeg blive hjemme?"
    ),
    "min far har ondt i ryggen, han fortalte lægen at han ikke har tisset i bukserne eller noget",
    "min bror ramlade ner från ett tak förra sommaren men är frisk nu, själv har jag ont i ryggen",
    "jeg kunne ikke holde på vandet efter min prolaps. det var for 3 år siden.",
    # A diet plan as the reason; the back told fine after a fever; patients and residents
    # a carer speaks of; a television series; an ambulance worker's work; lying on one's
    # side ("på siden") is no "since".
    "har tabt 10 kg med kostplan og løbetræning, nu lidt ondt i lænden efter lange ture",
    (
        "ligger hjemme med influenza, 38,5 i feber, snot og hoste. ryggen fejler intet"
        " heldigvis. må man tage ipren og panodil på samme tid?"
    ),
    "mange af vores beboere er inkontinente, og jeg har fået ondt i ryggen af forflytningerne",
    (
        "så et afsnit af en hospitalsserie i går hvor en mand havde cauda equina og blev"
        " opereret. jeg har selv lidt ondt i lænden, hvad hjælper?"
    ),
    "jeg er ambulancebehandler og vi kører mange trafikuheld, selv har jeg ondt i lænden af bårer",
    (
        "hvad menes der med nattesmerter? jeg har lidt ondt når jeg ligger på ryggen, men det"
        " forsvinder når jeg ligger på siden"
    ),
    # Back pain never had, and no beginning told.
    "jeg er 73 og har aldrig haft ondt i ryggen, hvordan forebygger jeg det?",
    # Back pain told beside a question asked only for someone else's sake.
    (
        "kan man miste kontrollen over blæren ved prolaps? har selv ondt i lænden i dag, spørger"
        " bare fordi min bror blev bange"
    ),
]

SIGNS_BESIDE_THE_LOOK_ALIKES = [
    ("jeg har 39 og lidt, og lænden gør ondt", "feber"),
    ("jeg kan ikke pisse, ondt i ryggen", "blaere-tarm"),
    ("det er pisse svært at tisse og lænden gør ondt", "blaere-tarm"),
    (
        "skridtet er følelsesløst og det går ikke væk når jeg rejser mig, ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    ("skridtet sover siden i går, ondt i ryggen", "foelelsesloes-skridt"),
    ("benene svigter og jeg vælter til siden når jeg går, ondt i lænden", "svaghed"),
    # A reason denied is no reason.
    (
        "ondt i lænden der er værst om natten, og det er ikke fordi jeg har ligget skævt",
        "natsmerter",
    ),
    # A sign told after what one read, or for a friend who has it now.
    ("jeg læste det på nettet, og nu kan jeg ikke tisse og har ondt i ryggen", "blaere-tarm"),
    ("asking for a friend: he can't pee since last night and his back hurts", "blaere-tarm"),
    ("kona mi har vondt i ryggen og klarer ikke å tisse", "blaere-tarm"),
    # A queue not given as the reason, an illness asked about, one's own wet bed, sheets
    # soaked with sweat.
    ("kan ikke tisse og har ondt i ryggen, der er kø hos lægen", "blaere-tarm"),
    ("kan ikke tisse, ondt i lænden, er det blærebetændelse?", "blaere-tarm"),
    ("har tisset i sengen i nat uden at vågne, ondt i lænden", "blaere-tarm"),
    ("sveder så meget om natten at jeg må skifte lagner, ondt i ryggen", "feber"),
    # What the writer tells after "når jeg" is given, not a "what if" (found probing).
    ("hvad hvis det er en prolaps når jeg ikke kan mærke skridtet?", "foelelsesloes-skridt"),
    # Session 41: chills and sweats by turns; pain so bad one can only lie down, weeks on;
    # another person's sign just found; numb as from a local anaesthetic; a cold with back
    # pain told; a leg that gives way with no reason told.
    ("ondt i lænden, og i nat frøs jeg og svedte på skift", "feber"),
    ("ryggen er så ond at jeg kun kan ligge ned, 4 uger nu og ikke bedre", "ingen-bedring"),
    ("min far opdagede lige at han havde tisset i bukserne uden at mærke det", "blaere-tarm"),
    ("pungen og pikken er som lokalbedøvede, og jeg har ondt i ryggen", "foelelsesloes-skridt"),
    ("er forkølet og har 39 i feber og ondt i lænden", "feber"),
    ("benet giver efter når jeg går, og det bliver værre, ondt i ryggen", "svaghed"),
    # A Swedish roof; a lock in the back with years of steroids; turning over does not help
    # at night; what follows dots that trail off into "jeg" is told, not read; a relative's
    # past beside another's sign now; a wet bed now beside one long ago.
    ("min pappa ramlade ner från taket idag och har ont i ryggen", "traume"),
    ("har taget prednisolon i to år og har fået hold i ryggen", "steroid-ryg"),
    (
        "om natten gør lænden ondt og det hjælper ikke at skifte stilling. er det normalt og hvor"
        " længe varer det?",
        "natsmerter",
    ),
    (
        "har læst at vægttab uden grund er farligt... jeg har tabt 7 kg uden at prøve og har ondt"
        " i ryggen",
        "vaegttab",
    ),
    ("min far kan ikke holde på vandet. hans bror havde det samme for 2 år siden", "blaere-tarm"),
    # A cold denied, another person's or over brings no fever of the writer's (review).
    ("jeg er ikke forkølet, men har haft 39 i feber i 3 dage", "feber"),
    ("min søn er forkølet, og nu har jeg 39 i feber", "feber"),
    ("jeg var forkølet for en måned siden, nu har jeg 39 i feber igen", "feber"),
    # Some named out of the residents, or a group's sign that came suddenly (review).
    ("to af vores beboere kan pludselig ikke tisse og har ondt i ryggen", "blaere-tarm"),
    ("en af de ældre beboere kan ikke tisse og har ondt i ryggen", "blaere-tarm"),
    # Back pain told beside a mention of what one heard is the writer's news (review).
    (
        "Hvad betyder det når man ikke kan mærke skridtet? Har haft ondt i ryggen siden"
        " weekenden og min læge nævnte det ikke",
        "foelelsesloes-skridt",
    ),
    # Back pain never had before, then begun; trousers that sit loose (blind84, seen).
    (
        "jeg er 74 og har aldrig haft ondt i ryggen, men for 12 dage siden begyndte det uden grund",
        "ny-ryg-alder",
    ),
    (
        "min far er 78 og har aldrig haft problemer med ryggen, men siden søndag er det begyndt",
        "ny-ryg-alder",
    ),
    (
        "bukserne er begyndt at sidde løst, selvom jeg spiser som jeg plejer, og ryggen gør ondt",
        "vaegttab",
    ),
    # Told back now in a later sentence; a carer's own sign beside whom she works with;
    # "spørger bare" beside the writer's news; a program one takes part in; a worker's
    # own accident; weeks of very bad pain without improvement beside "kan det blive værre"
    # (second review; the question's "værre" tells no pain as bad, session 42).
    ("jeg kan ikke holde på vandet. det var for 2 år siden. nu er det kommet igen", "blaere-tarm"),
    ("Jeg arbejder med borgere og har 39 i feber og ondt i ryggen", "feber"),
    ("Jeg plejer beboerne og har mistet følelsen i skridtet", "foelelsesloes-skridt"),
    (
        "Kan man miste følelsen i skridtet? Jeg spørger bare fordi jeg har det sådan nu",
        "foelelsesloes-skridt",
    ),
    ("Jeg er med i et program for rygpatienter og kan ikke holde på vandet", "blaere-tarm"),
    (
        "Jeg er ambulancebehandler og blev selv påkørt af en bil i går, nu har jeg ondt i ryggen",
        "traume",
    ),
    (
        "Ryggen har gjort vildt ondt i 3 måneder og bliver ikke bedre, kan det blive værre af"
        " at løfte?",
        "ingen-bedring",
    ),
    # A next sentence that dates something else, goes on, or tells it back now (review).
    (
        "Jeg kan ikke holde på vandet og har ondt i ryggen. det skete for en uge siden og er"
        " blevet værre",
        "blaere-tarm",
    ),
    (
        "Jeg kan ikke mærke skridtet og har ondt i ryggen. Det var for 3 år siden jeg blev"
        " opereret i ryggen",
        "foelelsesloes-skridt",
    ),
    (
        "Jeg kan ikke holde på vandet og har ondt i ryggen. Det var for 2 år siden det startede,"
        " og det er kommet igen i dag",
        "blaere-tarm",
    ),
    # A "men" that opens the writer's news ends a "what if"; new pain at 76 after never
    # before; the last pee long ago; one named out of the residents.
    (
        "sorry hvis det er TMI men min pik føles ligesom bedøvet, og jeg har ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    (
        "Jeg er 76 år og har aldrig før haft ondt i ryggen, men for tre uger siden begyndte det"
        " at gøre ondt i lænden",
        "ny-ryg-alder",
    ),
    ("lændesmerter i en uge. tissede sidst i går eftermiddag og maven er spændt", "blaere-tarm"),
    ("en af vores beboere kan pludselig ikke tisse og har ondt i ryggen", "blaere-tarm"),
    ("en af mine borgere har tabt 8 kg uden grund og har fået ondt i lænden", "vaegttab"),
    (
        "har ik tisset i sengen siden jeg var barn, men i nat var sengen våd uden at jeg mærkede"
        " det, ondt i lænden",
        "blaere-tarm",
    ),
]


@pytest.mark.parametrize("text", LOOK_ALIKES_WITH_AN_EVERYDAY_CAUSE)
def test_look_alikes_with_an_everyday_cause_stay_calm(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(("text", "sign"), SIGNS_BESIDE_THE_LOOK_ALIKES)
def test_signs_beside_the_look_alikes_are_still_found(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


def test_what_one_has_read_and_a_bad_night_s_sleep_are_no_signs(
    detector: RedFlagDetector,
) -> None:
    assert (
        ids(
            detector,
            "har læst at man kan miste kontrollen over blæren ved prolaps, nu er jeg bange",
        )
        == set()
    )
    assert ids(detector, "sov elendigt i nat på sofaen og nu er ryggen stiv") == set()
    # Pain that is worst at night is still night pain.
    assert "natsmerter" in ids(detector, "sov elendigt i nat, smerterne er altid værst om natten")


def test_another_person_s_cancer_is_a_sign_only_with_back_pain_now(
    detector: RedFlagDetector,
) -> None:
    # The uncle's back pain is told as past ("fik ondt"): family history, not his sign.
    assert (
        ids(detector, "min onkel havde kræft og fik ondt i ryggen af det. jeg har selv ondt")
        == set()
    )
    assert "kraeft" in ids(
        detector, "min mor havde kræft for 5 år siden og har nu fået ondt i ryggen"
    )


# Danger signs and look-alikes from the training sets, each in the words one writer used
# (docs/safety.md lists what each set added).
SIGNS_FROM_TRAINING_SETS = [
    # session 45: walking yesterday and not at all today, the doing left out; unsteady and
    # falling now; unsteady now after walking well yesterday; sitting as if on nothing or
    # on ice; a leak told not felt in the next sentence, or told as never before
    ("min mand kunne gå i går, i dag slet ikke, han har ondt i ryggen", "svaghed"),
    ("han vakler og vælter når han prøver at gå, og ryggen gør ondt", "gangbesvaer"),
    ("i går gik hun fint, men nu vakler hun rundt, ondt i lænden", "gangbesvaer"),
    ("det er som om jeg sidder på ingenting, ondt i lænden siden fredag", "foelelsesloes-skridt"),
    ("føles som at sidde på en ispose dernede, og ryggen er låst", "foelelsesloes-skridt"),
    (
        "der var en våd plet i sofaen efter filmen. Jeg havde ikke mærket noget. Ondt i lænden",
        "blaere-tarm",
    ),
    ("i dag lækkede jeg på vej op ad trappen, det er aldrig sket før. har prolaps", "blaere-tarm"),
    # a current sign beside words that tell a child learning the toilet, accidents seen at
    # work or a dent: a review's probes (each word was tried as calming and dropped)
    (
        "jeg har ikke kunnet tisse siden i går, min datter er ved at blive renlig så vi har"
        " travlt, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "jeg ser trafikulykker på arbejdet, i dag blev jeg selv påkørt på motorvejen og har"
        " ondt i lænden",
        "traume",
    ),
    ("Vi fik en lille bule da en lastbil ramte os på motorvejen, ondt i ryggen", "traume"),
    ("jeg gik i gåtempo over vejen da en bil ramte mig, nu har jeg ondt i ryggen", "traume"),
    # weight told as going by itself, unexplained (training set 173)
    (
        "kiloene forsvinder af sig selv, 6 kg siden sommer uden at jeg prøver, og nu har jeg"
        " ondt i ryggen",
        "vaegttab",
    ),
    # session 44: an emoji ends the clause of a denial before it; weight lost with a
    # degree between; the other leg "også" now; never back pain before, but now, at 76;
    # "en gang imellem" is now and then, not once; waking up with pain every night
    ("endnu en nat uden søvn 😩 lænden holder mig vågen nat efter nat", "natsmerter"),
    ("min kone har tabt en masse vægt som hun ikke kan forklare og har ondt i lænden", "vaegttab"),
    (
        "i dag er det ikke kun højre ben der er svagt, nu giver det venstre også efter, ondt"
        " i ryggen",
        "svaghed",
    ),
    (
        "min mand er 76 og har aldrig haft ondt i ryggen, men nu har han haft det i 2 uger",
        "ny-ryg-alder",
    ),
    (
        "benet giver efter en gang imellem når jeg går, har været sådan i 4 uger sammen med"
        " smerter fra lænden",
        "nervetegn",
    ),
    ("jeg vågner med voldsomme smerter i lænden hver nat", "natsmerter"),
    (
        "min søn faldt ned fra taget i går, nu har han ondt i ryggen og løber rundt og græder",
        "traume",
    ),
    # newness told in the next sentence, 14 words from the back (conversations 93)
    (
        "min mor er 82 og har haft ondt i ryggen i 3 dage nu, det startede bare pludselig"
        " helt uden grund. hun har aldrig haft det før",
        "ny-ryg-alder",
    ),
    # found by a review of session 44's first rules (each was missed by one of them): a
    # child's bed-wetting that came back; a symptom talked about and there still;
    # laughter before a later retention; waking with pain; pain that wakes one though
    # turning eases it
    ("min søn på 8 tisser i sengen igen efter han slog ryggen", "blaere-tarm"),
    (
        "hun snakkede om følelsesløshed i skridtet i morges, hun har det stadig",
        "foelelsesloes-skridt",
    ),
    (
        "grinede så meget at jeg fik krampe i ryggen, og siden har jeg ikke kunnet tisse",
        "blaere-tarm",
    ),
    ("jeg vågner tit med smerter i ryggen som gør at jeg ikke kan sove igen", "natsmerter"),
    ("smerterne vækker mig om natten, bedre når jeg skifter stilling", "natsmerter"),
    # a worry about what has been so for hours is the fact told (a probe of session 43)
    ("jeg er bekymret for at jeg ikke har kunnet tisse i 12 timer", "blaere-tarm"),
    ("jeg er bange for at min far ikke har kunnet tisse siden i går", "blaere-tarm"),
    (
        "min far snakkede om at han ikke kunne mærke sine balder, han har ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    # session 43: a lift with osteoporosis or years of steroids, and the back hurting
    # since
    (
        "min mor har knogleskørhed og løftede en vasketøjskurv i går, nu har hun ondt i lænden",
        "fraktur-loeft",
    ),
    (
        "har taget prednisolon i 5 år og løftede en sæk kartofler i går, nu gør ryggen ondt",
        "fraktur-loeft",
    ),
    # "helt væk af smerte" is overwhelmed by pain, not gone
    (
        "min søn styrtede på knallerten ned ad en skrænt, hjelmen holdt men ryggen er helt væk"
        " af smerte",
        "traume",
    ),
    # the place asleep told as the writer's own sleep ("som om jeg sover på ...")
    (
        "det føles som om jeg sover på indersiden af lårene og ved numsen, ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    # the review of session 43: the leg told inside "men nu ... svagt"; a scan's words are
    # the writer's own; a leg numb for weeks with "i 3 uger" between leg and numbness
    ("først ondt i lænden men nu er benet svagt og jeg falder", "svaghed"),
    ("der står noget om cauda equina i mit mr svar", "foelelsesloes-skridt"),
    ("benet har i 3 uger været følelsesløst og ryggen gør ondt", "nervetegn"),
    # a leg weak then and the other leg weakening now, told inside "først ... men nu";
    # weakness told as only slight then
    (
        "først var det kun højre ben der var svagt og prikkede pga min prolaps, men nu er det"
        " venstre også begyndt at blive kraftløst",
        "svaghed",
    ),
    (
        "min venstre fod er blevet helt slatten, jeg kan ikke løfte tæerne, og det var kun lidt"
        " svagt i fredags. nu er det søndag",
        "svaghed",
    ),
    # session 42: wetting oneself told as "vådt mig"; Norwegian and Swedish numbness of the
    # seat; feeling hot and poorly; Swedish very bad pain for months; a fever after
    # training; a dog walked, then the writer's own sign
    ("har vådt mig i nat uden at vågne og ryggen har været helt gal i nogle dage", "blaere-tarm"),
    ("mannen min kjente ingenting rundt baken i dag og har vondt i ryggen", "foelelsesloes-skridt"),
    (
        "han säger att han inte känner något runt könet och har ont i ryggen",
        "foelelsesloes-skridt",
    ),
    ("føler mig sløj og varm i kroppen og så ondt i ryggen", "feber"),
    ("jätteont i ryggen i snart 2 mnd och det har inte blivit bättre", "ingen-bedring"),
    ("efter træningen i går fik jeg 39 i feber og ondt i ryggen", "feber"),
    ("jeg gik tur med hunden der og nu kan jeg ikke holde på vandet", "blaere-tarm"),
    (
        "jeg er gravid og har mistet følelsen i skridtet og tisser i bukserne når jeg hoster",
        "foelelsesloes-skridt",
    ),
    # a review of session 42: real signs beside the look-alikes tried that session
    ("Jeg var varm efter badet og målte 39,2, ondt i ryggen", "feber"),
    ("Jeg vågner hver nat af voldsomme smerter i ryggen, før kunne jeg sagtens sove", "natsmerter"),
    ("Efter 3 fødsler har jeg fra i går ingen kontrol over blæren og ondt i ryggen", "blaere-tarm"),
    (
        "Jeg fødte for 5 dage siden og kan ikke tisse, det gør ondt i ryggen når jeg hoster",
        "blaere-tarm",
    ),
    (
        "Hver gang jeg bevæger mig gør jeg det værre, det har stået på i 2 måneder med meget"
        " slemme smerter",
        "ingen-bedring",
    ),
    # training sets 28 and 29
    # Thighs that will not, getting worse: weakness.
    (
        "har svært ved at rejse mig fra stolen fordi lårene ikke vil, det er kommet over"
        " de sidste par dage og tager bare til",
        "svaghed",
    ),
    # "nærmest ikke" is "næsten ikke"; a floor is walked over.
    (
        "min mor kan i dag nærmest ikke komme over stuegulvet pga ryggen og benene",
        "gangbesvaer",
    ),
    # Six weeks in digits is as long as "seks uger".
    ("jeg har haft forfærdelige lændesmerter i 6 uger", "ingen-bedring"),
    (
        "kan næsten ikke klæde mig på pga ryggen, det har stået på i 5 uger uden den"
        " mindste forbedring",
        "ingen-bedring",
    ),
    # A crash at speed.
    ("væltede på knallerten i 50 km/t, nu gør lænden ondt", "traume"),
    # hard training sets 30 and 31
    ("kan ikke holde mig længere, det er sket to gange i dag. ondt i lænden", "blaere-tarm"),
    (
        "afføringen kommer uden at han har kunnet holde den tilbage, og han har ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "hele det område man sidder på er følelsesløst siden mit hekseskud",
        "foelelsesloes-skridt",
    ),
    ("har ondt i lænden og kan knap holde benene under mig i dag", "gangbesvaer"),
    ("svært ved at sætte det ene ben foran det andet, ondt i lænden", "gangbesvaer"),
    ("nu kan jeg ikke komme fra stuen ud i køkkenet pga ryggen", "gangbesvaer"),
    ("barely shuffling to the bathroom since this morning, lower back pain", "gangbesvaer"),
    (
        "kraften i benet er blevet ringere og ringere, nu klapper knæet sammen. ondt i lænden",
        "svaghed",
    ),
    ("smed motorcyklen i et sving i går, lænden gør ondt", "traume"),
    ("lost 8 kg w/o dieting and my lower back hurts", "vaegttab"),
    ("vægten siger minus 6 og jeg har spist som altid, ondt i ryggen", "vaegttab"),
    ("er skrumpet ind uden at ville det, og har fået ondt i lænden", "vaegttab"),
    ("back pain is brutal for a month now, pills dont help", "ingen-bedring"),
    ("tredje uge med ondt i lænden og jeg kan stadig ikke sidde ned", "ingen-bedring"),
    # hard training sets 32 and 33
    ("har drukket meget, men der er kun kommet et par dråber ud. ondt i lænden", "blaere-tarm"),
    (
        "kan ikke holde på noget bagi, det smutter bare ud, og jeg har ondt i ryggen",
        "blaere-tarm",
    ),
    ("min mor på 85 skal pludselig have ble på, og hun har ondt i lænden", "blaere-tarm"),
    ("motorcyklen skred ud i et sving, nu har jeg ondt i lænden", "traume"),
    ("har fået temperatur og ondt i lænden efter en blokade", "feber"),
    ("jeg har haft 39 i to dage og ryggen gør ondt", "feber"),
    ("en myrekrybende fornemmelse ned i låret i en måneds tid, ondt i lænden", "nervetegn"),
    ("en halvdød lilletå og udstråling i benet i 3 uger, ondt i lænden", "nervetegn"),
    (
        "har knap kunnet rejse mig i 5 uger pga smerterne i lænden, ingen bedring",
        "ingen-bedring",
    ),
    ("er 81 og missede de sidste to trappetrin i går, nu ondt i lænden", "fraktur"),
    ("trillede ud af sengen i nat, er 79, det gør ondt i lænden nu", "fraktur"),
    # hard training sets 34 and 35
    ("jeg fornemmer ikke længere når blæren er fuld, og har ondt i lænden", "blaere-tarm"),
    ("min far har svinet sengen til med lort i nat, han har ondt i ryggen", "blaere-tarm"),
    ("hun kan pludselig hverken holde på tis eller afføring, dårlig ryg", "blaere-tarm"),
    (
        "i morges kunne han gå på trappen, nu kan han ikke få benet løftet op. ondt i ryggen",
        "svaghed",
    ),
    ("benene er blevet slatne og bliver ringere hver dag, ondt i ryggen", "svaghed"),
    ("mandskabsvognen væltede i en grøft, nu ondt i lænden", "traume"),
    ("har haft temperatur de sidste 3 dage og ondt i lænden", "feber"),
    ("4 uger med ondt i lænden som ikke er til at holde ud, intet hjælper", "ingen-bedring"),
    ("6 weeks of crazy bad back pain and nothing is improving", "ingen-bedring"),
    ("var igennem lymfekræft for ti år siden og har nu ondt i lænden", "kraeft"),
    # hard training sets 36 and 37
    ("jeg ikke stærk i ben mer, hver dag mindre stærk, ryg ondt", "svaghed"),
    (
        "er 67, nu kan jeg hverken gå på tæer eller hæle, og det går hurtigt. ondt i lænden",
        "svaghed",
    ),
    (
        "har sovet siddende på sofaen i 2 uger fordi lænden dunker når jeg ligger ned",
        "natsmerter",
    ),
    ("mit tøj sidder løst uden at jeg har slanket mig, og lænden gør ondt", "vaegttab"),
    ("har taget kortison i mange år og faldt i går, nu ondt i lænden", "fraktur"),
    ("min mor har osteoporose og ramte dørkarmen med ryggen, nu ondt i lænden", "fraktur"),
    # hard training sets 38 and 39
    (
        "blæren føles proppet men når jeg står ved kummen sker der ingenting, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "kan ikke længere træde bremsen i bund med højre ben, det bliver værre. ondt i ryggen",
        "svaghed",
    ),
    ("I have pain in low back and my temperature is 39 since two days", "feber"),
    (
        "kollegerne siger jeg ser tyndere ud, har tabt en del uden at vide hvorfor. ondt i ryggen",
        "vaegttab",
    ),
    ("er gået ned 2 buksestørrelser uden at spise mindre, og lænden gør ondt", "vaegttab"),
    (
        "lændesmerter der vækker mig hver nat uanset hvordan jeg ligger, har prøvet ny madras",
        "natsmerter",
    ),
    ("ondt i lænden i 7 uger, min fod føles som om jeg har en sok på hele tiden", "nervetegn"),
    ("min mor har osteoporose og røg på gulvet, nu har hun ondt i ryggen", "fraktur"),
    # hard training sets 40 and 41
    ("lagde den ned i et sving i omkring 80 på motorcyklen, nu gør ryggen ondt", "traume"),
    ("my grandad 88 slipped on the ice yesterday and his lower back hurts", "fraktur"),
    (
        "har måttet købe jeans to numre mindre selvom jeg æder som en hest, ondt i ryggen",
        "vaegttab",
    ),
    (
        "har i 3 uger haft så mange smerter i lænden, det er ikke blevet det mindste bedre",
        "ingen-bedring",
    ),
    (
        "jeg har hatt vondt i korsryggen i fire uker, en nummen følelse i låret hele tiden",
        "nervetegn",
    ),
    # hard training sets 42 and 43
    (
        "min søn har ondt i lænden, og i nat har han lavet stort i sengen uden at vågne",
        "blaere-tarm",
    ),
    ("4 uger med dræberondt i ryggen, ingen bedring overhovedet", "ingen-bedring"),
    ("min mand sidder i lænestolen hele natten fordi det gør for ondt i ryggen", "natsmerter"),
    # hard training sets 44 and 45
    (
        "stod ved pissoiret længe uden der kom en dråbe, og blæren er spændt som en ballon",
        "blaere-tarm",
    ),
    (
        "ondt i ryggen og har skullet tisse siden i morges, men der kommer kun et par små dryp",
        "blaere-tarm",
    ),
    ("ondt i lænden, og nu løber tisset bare uden at jeg kan holde igen", "blaere-tarm"),
    ("a har ittj kunne lad vandet siden i morges, og ryggen er gal", "blaere-tarm"),
    (
        "min mor har ondt i ryggen, og i dag er det gået galt med afføringen uden hun opdagede det",
        "blaere-tarm",
    ),
    (
        "jeg arbejder på en byggeplads og faldt 4 meter ned fra et stillads, ryggen gør ondt",
        "traume",
    ),
    (
        "har lavet et nyt hul i bæltet i efteråret uden at vide hvorfor,"
        " og nu har jeg ondt i ryggen",
        "vaegttab",
    ),
    (
        "min far plejede at veje 80 kg, ingen ved hvorfor han taber sig,"
        " og han har fået ondt i ryggen",
        "vaegttab",
    ),
    (
        "har mistet noget af kraften i højre fod de sidste 4 uger og har ondt ned ad benet",
        "nervetegn",
    ),
    (
        "hvorfor bliver det ikke bedre? 5 uger med forfærdelige smerter i lænden",
        "ingen-bedring",
    ),
    (
        "jeg har taget prednisolon i mange år, og mit barnebarn ramte mig hårdt i ryggen,"
        " nu gør det ondt",
        "fraktur",
    ),
    ("prikken i foden og jag ned i låret, det startede efter påskeferien", "nervetegn"),
    # hard training sets 46 and 47
    ("a har ont i ryggijn, å nu kan a ikkje holle på vannet", "blaere-tarm"),
    (
        "min far har ikke kunnet holde på hverken tis eller lort hele weekenden, ryggen gør ondt",
        "blaere-tarm",
    ),
    ("mine ben bliver svagere hver eneste dag, og jeg har ondt i lænden", "svaghed"),
    (
        "min mor er i behandling for sin bryst, det er kræft, og nu har hun fået ondt i ryggen",
        "kraeft",
    ),
    (
        "han kan ikke sove pga lændesmerter, nattevagten siger han sidder op i sengen hver nat",
        "natsmerter",
    ),
    ("Ich hatte Brustkrebs, og nu har jeg ondt i lænden", "kraeft"),
    (
        "farmor på 88 er gået på røven i gangen og tager sig til lænden hver gang hun rejser sig",
        "fraktur",
    ),
    ("har ikke fuld kraft i benet siden jeg fik ondt i ryggen for 5 uger siden", "nervetegn"),
    ("lænden har været totalt låst og mega øm i 7 uger, den er ikke blevet bedre", "ingen-bedring"),
    # "fra ungerne" is no subject of the fever after it; "ben i dag" is no leg day.
    ("har fået noget med hjem fra ungerne, har feber og er begyndt at få ondt i lænden", "feber"),
    ("har fået influenza fra min søn, har feber og ondt i lænden", "feber"),
    (
        "han har ondt i ryggen, og siden i går kan han mindre og mindre med sit højre ben."
        " I dag kunne han ikke trykke bremsen ned",
        "svaghed",
    ),
    # A reason only asked about explains nothing; a reason as fact ends a "what if".
    (
        "på arbejdet spørger de om jeg er på kur fordi jeg er blevet så tynd, men det er jeg"
        " ikke. Nu har jeg ondt i lænden",
        "vaegttab",
    ),
    # hard training sets 48 and 49
    (
        "jeg har ondt i lænden og det summer og er helt død omkring ende tarmen",
        "foelelsesloes-skridt",
    ),
    (
        "blev kørt bagind i går, vi holdt stille, han kom med 80 km/t, nu har jeg ondt i ryggen",
        "traume",
    ),
    ("temperaturen svinger mellem 38 og 39, og jeg har fået ondt i lænden", "feber"),
    (
        "lænden værker så meget om natten, jeg kan ikke finde en eneste stilling der hjælper",
        "natsmerter",
    ),
    ("den dunker og værker hele natten ligegyldigt hvad, ondt i lænden", "natsmerter"),
    (
        "den værste smerte i lænden, og den har varet i 3 uger uden at blive bare en smule bedre",
        "ingen-bedring",
    ),
    (
        "ryggen har været rædsom i en måned, jeg kan ikke engang løfte min taske. Det"
        " bliver hverken bedre eller værre",
        "ingen-bedring",
    ),
    (
        "i dag kunne jeg kun lige humpe fra sengen til badeværelset, det kom ud af det"
        " blå, ondt i ryggen",
        "gangbesvaer",
    ),
    # hard training sets 50 and 51
    (
        "min far har ondt i lænden, og personalet siger han ikke har lavet vand i et helt døgn",
        "blaere-tarm",
    ),
    (
        "ondt i lænden, og for en time siden ville mine ben bare ikke gå med mig længere",
        "gangbesvaer",
    ),
    ("en varevogn tog mig i krydset da jeg cyklede, og nu gør lænden ondt", "traume"),
    (
        "mine bukser glider ned af mig uden at jeg har gjort noget for at tabe mig, ondt i ryggen",
        "vaegttab",
    ),
    ("dropped 6 kg in 2 months without trying and now i have lower back pain", "vaegttab"),
    ("om natten er det som om nogen borer i lænden, jeg må op og gå rundt", "natsmerter"),
    ("jeg sover max 2 timer ad gangen, så vækker smerten i lænden mig", "natsmerter"),
    ("sciatica for 2 months now, and a numb patch on my foot that won't go away", "nervetegn"),
    (
        "back pain for 5 weeks now, still unbearable, cant work, tried heat and pills",
        "ingen-bedring",
    ),
    ("min far på 79 tog de sidste 3 trin på trappen på røven og siger lænden gør ondt", "fraktur"),
    # A clause word inside "og det" still ends a date's reach.
    (
        "fik hold i ryggen for 3 uger siden og det er blevet værre i stedet for bedre,"
        " jeg græder når jeg skal ud af bilen",
        "ingen-bedring",
    ),
    # hard training set 53
    (
        "ka ik holde på nogenting længere, hverken foran eller bagpå, siden iskiassen blev værre",
        "blaere-tarm",
    ),
    (
        "har lidt lændesmerter, og i dag kunne jeg lige pludselig næsten ikke flytte benene",
        "gangbesvaer",
    ),
    ("har været oppe på 39 siden i går, og ryggen gør helt vildt ondt", "feber"),
    (
        "jag ned i benet siden januar, og nu er der et par tæer der er dovne, det er"
        " ikke blevet bedre",
        "nervetegn",
    ),
    (
        "6 uger med ondt i lænden, og jeg er stadig ved at dø hver gang jeg rejser mig fra en stol",
        "ingen-bedring",
    ),
    # hard training set 52: Jutland spellings, a fall at a told speed, "febersyg", pain
    # "så jeg ikke kan sove", toes not felt for weeks, a ball that hits a steroid user
    ("benene bliwer mer og mer slatten, a ka næsten int få foden op på trappen", "svaghed"),
    ("came off my scooter at 60 km/t last night, lænden er øm", "traume"),
    ("jeg er febersyg i dag og har ondt nederst i ryggen", "feber"),
    ("lænden dunker så jeg ikke kan sove, hvad gør jeg", "natsmerter"),
    ("a ka int mærk mine tæer, og det har været sådan i 4 uger. ondt i lænden", "nervetegn"),
    (
        "så ondt i ryggen at jeg knap kan rejse mig, det har waret i 5 uger og det bliwer"
        " int bejer",
        "ingen-bedring",
    ),
    (
        "tager binyrebarkhormon for min gigt og fik en hård bold i lænden til håndbold, nu gør"
        " det ondt",
        "fraktur",
    ),
    # hard training sets 54 and 55
    (
        "vågnede i køjen og den var gennemblødt, og det skete igen i morges. ondt i lænden",
        "blaere-tarm",
    ),
    (
        "Er i hormonbehandling for prostatakræft. Har ondt nederst i ryggen nu.",
        "kraeft",
    ),
    (
        "blev færdigbehandlet for tarmkræft for to år siden, nu ondt i ryggen",
        "kraeft",
    ),
    (
        "min mor har ondt i ryggen i en måned nu, og pillerne har ikke gjort det spor "
        "bedre, hun græder af smerte",
        "ingen-bedring",
    ),
    (
        "øvelser hver dag i 5 uger, men smerten er stadig helt vild",
        "ingen-bedring",
    ),
    (
        "stod og vaskede bilen og så kunne jeg pludselig ikke gå videre, lænden låste helt",
        "gangbesvaer",
    ),
    (
        "kan ikke finde nogen stilling og har ikke sovet ordentligt en eneste nat i 3 "
        "uger pga ryggen",
        "natsmerter",
    ),
    (
        "har knogleskørhed og fik et ordentligt stød op gennem ryggen på cyklen over "
        "brostenene, siden da ondt i lænden",
        "fraktur",
    ),
    (
        "vejer 61 nu, var 70 i sommer og har ikke været på kur. ondt i lænden",
        "vaegttab",
    ),
    (
        "numbness and pain going down my right leg for about 5 weeks now, back hurts too",
        "nervetegn",
    ),
    # hard training sets 56 and 57
    (
        "i forrige uge gik jeg lange ture, i går haltede jeg, og i dag kan jeg dårligt "
        "løfte venstre ben op på cyklen. ondt i lænden",
        "svaghed",
    ),
    (
        "min far skulle have hjælp til at komme fra sofaen ud i køkkenet i dag, han kunne"
        " slet ikke selv. det var han helt fin til i går. ondt i ryggen",
        "svaghed",
    ),
    (
        "min kone kravler derud om morgenen nu, hun har ondt i ryggen",
        "gangbesvaer",
    ),
    (
        "nåede kun halvvejs til bageren, så gik benene bare i stå og jeg måtte ringe "
        "efter min søn. ondt i ryggen",
        "gangbesvaer",
    ),
    (
        "jeg dikterer komma undskyld hvis det er rodet punktum jeg blev påkørt bagfra i "
        "går punktum nu ondt i ryggen",
        "traume",
    ),
    (
        "har knogleskørhed. i går satte jeg mig på en stol som min nevø havde flyttet, og"
        " røg direkte ned. nu ondt i lænden",
        "fraktur",
    ),
    (
        "har osteoporose, og mit barnebarn hoppede op på ryggen af mig, det gav et "
        "ordentligt knæk. nu gør det ondt",
        "fraktur",
    ),
    (
        "min søster er brystkræftoverlever. hun har fået ondt i ryggen for et par uger siden",
        "kraeft",
    ),
    (
        "i 4 uger har jeg ikke kunnet lave tåhævninger på venstre ben, og iskiassen er "
        "ikke blevet bedre",
        "nervetegn",
    ),
    (
        "ondt i lænden siden januar, smertestillende tager ikke toppen af det, nu er det marts",
        "ingen-bedring",
    ),
    # hard training sets 58 and 59
    (
        "i går skulle jeg støtte mig til væggen og i dag kan jeg slet ikke få højre fod "
        "op på trappen. ondt i lænden",
        "svaghed",
    ),
    (
        "stigen gled væk under mig da jeg stod i højde med 1. sal, og jeg landede på "
        "terrassen. ondt i ryggen",
        "traume",
    ),
    (
        "it has been 5 weeks and the pain in my lower back is as brutal as day one",
        "ingen-bedring",
    ),
    (
        "siden i går drypper det bare ud af mig når jeg rejser mig, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "det er som om der er gået søvn i min numse og rundt om endetarmen, ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    (
        "efter en uge med iskias vaklede jeg hjem fra bussen som en fuld mand",
        "gangbesvaer",
    ),
    (
        "kiloene falder bare af uden at jeg har lavet noget om, og jeg har ondt i lænden",
        "vaegttab",
    ),
    (
        "vågner hver eneste nat ved 4-tiden af min ryg, om dagen går det",
        "natsmerter",
    ),
    (
        "kildren i tæerne og smerter ned i benet i 7 uger, det er hverken blevet bedre eller værre",
        "nervetegn",
    ),
    (
        "min mormor på 88 gik på numsen i køkkenet, nu går hun krumbøjet og har ondt i ryggen",
        "fraktur",
    ),
    (
        "er det noget at være bange for at man tisser lidt når man rejser sig? det "
        "startede i mandags med ryggen",
        "blaere-tarm",
    ),
    # hard training sets 60 and 61
    (
        "i bruser jeg ikke føle vand på bagdel og rundt om røvhul, kun på benene. ryg ondt",
        "foelelsesloes-skridt",
    ),
    (
        "Ryggen. Pludselig ingen gang. Kun på alle fire ud på toilettet.",
        "gangbesvaer",
    ),
    (
        "termometeret siger 39 og lænden gør ondt",
        "feber",
    ),
    (
        "Bukser for store. 5 kilo væk. Ingen kur. Lænd øm.",
        "vaegttab",
    ),
    (
        "har aldrig været tyndere: 6 kilo ned på en måned uden at have ændret hverken mad"
        " eller motion, og lænden gør ondt",
        "vaegttab",
    ),
    (
        "om natten ryg smerte meget stor, jeg ikke sove",
        "natsmerter",
    ),
    (
        "sover max 3 timer ad gangen pga ryggen",
        "natsmerter",
    ),
    (
        "4 uger nu med så ondt i lænden at jeg må blive hjemme. laver øvelserne hver dag."
        " null forskel",
        "ingen-bedring",
    ),
    (
        "har knogleskørhed, numsen lige ned i isen i morges, ondt i lænden nu",
        "fraktur",
    ),
    (
        "min mand havde kulderystelser hele natten og var brandvarm, og nu til morgen "
        "siger han at lænden gør ondt",
        "feber",
    ),
    (
        "min kone siger jeg stønner i søvne, og jeg vågner kl 3 hver nat med lænden i brand",
        "natsmerter",
    ),
    (
        "5 uger med frygtelige smerter i lænden og det er ikke blevet et hak bedre",
        "ingen-bedring",
    ),
    # hard training sets 62 and 63
    (
        "a ha ondt i æ ryg, å i dav fik a tisset i æ buks uden a mærked nowet",
        "blaere-tarm",
    ),
    (
        "siden i morges har jeg ikke kunnet holde på hverken luft eller afføring, ondt i lænden",
        "blaere-tarm",
    ),
    (
        "kraften i mit højre ben bliver ringere for hver dag, ondt i ryggen",
        "svaghed",
    ),
    (
        "væltede da jeg stod op, og jeg kan kun gå hvis jeg holder fast i væggen. ondt i ryggen",
        "gangbesvaer",
    ),
    (
        "bæltet skal et hul ind hver måned og jeg forstår ikke hvorfor, ondt i lænden",
        "vaegttab",
    ),
    (
        "min mand har en dyb værk i lænden der vækker ham hver nat, vi har prøvet ny madras",
        "natsmerter",
    ),
    (
        "træner normalt fitness, men efter dødløft i fredags har jeg ondt i ryggen og "
        "begge ben er blevet mere og mere kraftløse dag for dag, kan ikke engang squatte "
        "nu",
        "svaghed",
    ),
    (
        "min datter har ondt i lænden og termometret sagde 39",
        "feber",
    ),
    (
        "min far er blevet helt indfalden i ansigtet og har ondt i ryggen, han spiser "
        "præcis som han plejer",
        "vaegttab",
    ),
    (
        "min mormor er svundet ind uden nogen forklaring og har ondt i ryggen",
        "vaegttab",
    ),
    (
        "6 uger med prolaps, stadig den bedøvede fornemmelse i tæerne og det stråler ned i benet",
        "nervetegn",
    ),
    (
        "my back has been wrecked for 6 weeks and there is zero improvement",
        "ingen-bedring",
    ),
    (
        "min bror har ligget i sengen med rygsmerter i 4 uger uden nogen bedring og får morfin",
        "ingen-bedring",
    ),
    (
        "Æ ryg har været helt gal i fir uger og den bliver itte bedre",
        "ingen-bedring",
    ),
    # A person in passing, governed by a preposition, is not whose sign it is.
    (
        "har haft ondt i lænden i 5 uger efter en forflytning af en tung borger. Det er lige"
        " så slemt som den første dag",
        "ingen-bedring",
    ),
    # hard training sets 64 and 65
    (
        "ryggen låste i går, og jeg har ikke haft trang til at gå på toilet i et døgn, "
        "som om signalet er væk",
        "blaere-tarm",
    ),
    (
        "i morges kunne hun godt gå på trappen, nu kan hun ikke få sit venstre ben op på "
        "trinnet, og det bliver værre. ondt i ryggen",
        "svaghed",
    ),
    (
        "Kan ikke længere trykke koblingen ned med venstre ben. I går gik det, i dag må "
        "jeg løfte benet med hånden. Ryggen låst siden mandag",
        "svaghed",
    ),
    (
        "min kone måtte hjælpe mig hjem fra indkøb, benene ville ikke gå. hold i lænden "
        "siden i går",
        "gangbesvaer",
    ),
    (
        "vægten siger 68 hvor jeg plejer at ligge på 77, har ikke slanket mig, og lænden driller",
        "vaegttab",
    ),
    (
        "ligger alligevel vågen halve nætter med ondt i lænden, det har stået på i 3 uger",
        "natsmerter",
    ),
    (
        "ondt i lænden nat efter nat, ligegyldigt om jeg ligger på siden eller ryggen, "
        "får max 3 timers søvn",
        "natsmerter",
    ),
    (
        "har osteoporose og fik et los i ryggen af en hest i morges, det gør pokkers ondt i lænden",
        "fraktur",
    ),
    (
        "min datter har prolaps og er snublet flere gange i dag fordi foden ikke følger "
        "med, og det bliver værre",
        "svaghed",
    ),
    (
        "went from walking fine yesterday to not being able to walk at all today, lower back pain",
        "gangbesvaer",
    ),
    (
        "fik fjernet et modermærke der viste sig at være melanom, nu har jeg ondt i ryggen",
        "kraeft",
    ),
    (
        "min far står op flere gange hver nat og traver rundt i stuen, fordi hans ryg "
        "ikke kan holde til at ligge ned",
        "natsmerter",
    ),
    (
        "5 uger med en ryg der gør så ondt at jeg knap kan gå, og ikke en eneste dag bedre",
        "ingen-bedring",
    ),
    # training sets 66-68 and conversations 31-35
    (
        "har pisset uden at opdage det, stolen var våd, og ryggen er gået",
        "blaere-tarm",
    ),
    (
        "min søn siger der ikke er kommet noget når han går på toilettet siden i morges, han har "
        "ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "i dag havde han et uheld med maven og mærkede slet ikke at det kom, han har iskias",
        "blaere-tarm",
    ),
    (
        "ryggen er smadret og det lækker fra bagenden, jeg kan ikke holde på det siden i går",
        "blaere-tarm",
    ),
    (
        "det løb ud af mig inden jeg nåede toilettet, to gange i dag, og lænden er helt gal",
        "blaere-tarm",
    ),
    (
        "benene bliver til spaghetti, værre for hver time, ondt i lænden",
        "svaghed",
    ),
    (
        "i går aftes holdt benene op med at virke og i dag går jeg som en robot, ondt i ryggen",
        "svaghed",
    ),
    (
        "har måttet låne en rollator siden i nat for at komme rundt pga ryggen",
        "gangbesvaer",
    ),
    (
        "landede fladt på ryggen fra vildt højt på snowboardet, ondt i lænden siden",
        "traume",
    ),
    (
        "blev ramt af en bil på cyklen, kom mig op selv, nu ondt i lænden",
        "traume",
    ),
    (
        "our car rolled over into a ditch on saturday and now my lower back hurts",
        "traume",
    ),
    (
        "tumlede ned ad en hel trappe og ramte kanten med lænden",
        "traume",
    ),
    (
        "bukserne hænger og slasker på mig uden at jeg har slanket mig, og ryggen gør ondt nederst",
        "vaegttab",
    ),
    (
        "sveder natten igennem og måler over 38, og lænden har gjort ondt i en uge",
        "feber",
    ),
    (
        "fryser og brænder på skift og er skoldhed i panden, og lænden gør ondt",
        "feber",
    ),
    (
        "min far er i behandling for prostatakræft og har fået ondt i lænden, han tror han har "
        "løftet forkert",
        "kraeft",
    ),
    (
        "a hadde kræft i æ nyre for otte år sid, nu gør æ lænd ondt",
        "kraeft",
    ),
    (
        "5 uger med 9 ud af 10 i smerte i lænden, pillerne gør absolut ingenting",
        "ingen-bedring",
    ),
    (
        "så ondt i lænden at jeg græder, i 3 uger nu, og der sker ikke en skid",
        "ingen-bedring",
    ),
    (
        "død fornemmelse på ydersiden af benet og ondt fra lænden siden juli. Det er ikke gået "
        "væk, nu er det oktober.",
        "nervetegn",
    ),
    # training sets 69-70 and conversations 36-37
    (
        "kan it kom af med vandet, har stået ved pissoiret en halv time og der sker ingenting, "
        "ondt i lænden",
        "blaere-tarm",
    ),
    (
        "hele hans skridt føles som når man har været til tandlæge og fået bedøvelse, han har "
        "dårlig ryg",
        "foelelsesloes-skridt",
    ),
    (
        "han har ondt i ryggen, og i aften målte vi ham til 39",
        "feber",
    ),
    (
        "har svedt og rystet i 4 dage, og lænden gør mere og mere ondt",
        "feber",
    ),
    (
        "ondt i lænden og gloende varm i kroppen",
        "feber",
    ),
    (
        "har mistet en 8-10 kilo siden nytår uden at prøve på det, og ryggen er træls",
        "vaegttab",
    ),
    (
        "min far skal have seler på for at holde bukserne oppe, han spiser det samme som altid, "
        "og han har ondt i lænden",
        "vaegttab",
    ),
    (
        "vægten siger minus 8 kg på 2 mdr. Jeg prøver ikke at tabe mig. Lænden gør ondt.",
        "vaegttab",
    ),
    (
        "min kone er i kontrolforløb efter lungekræft, og nu har hun ondt i ryggen",
        "kraeft",
    ),
    (
        "iskias i 5 uger og højre ben gør ikke sit arbejde mere, og ryggen er ikke bedre",
        "nervetegn",
    ),
    (
        "følelsen under min fod er som om den er pakket ind i vat. 7 uger nu. har iskias",
        "nervetegn",
    ),
    (
        "ryg smerter der ikke vil slippe, 3 uger, helt sindsyge smerter hele tiden",
        "ingen-bedring",
    ),
    (
        "så ondt i ryggen at han ikke har kunnet gå i skole i 3 uger, vi troede det ville gå over",
        "ingen-bedring",
    ),
    (
        "prednisolon i 2 år for astma, og i går fik jeg en skulder lige ind i lænden til håndbold",
        "fraktur",
    ),
    (
        "knogleskørhed, og i morges tog jeg en tur på røven på badeværelset, nu ondt i lænden",
        "fraktur",
    ),
    (
        "ondt i lænden, og nu giver hans venstre knæ efter hele tiden og det bliver værre time "
        "for time",
        "svaghed",
    ),
    # an animal that is what happened, or part of the sign's words, changes nothing
    (
        "hesten kastede mig af i galop og nu har jeg ondt i ryggen",
        "traume",
    ),
    (
        "min hest væltede med mig i fuld fart, nu ondt i ryggen",
        "traume",
    ),
    (
        "jeg faldt over hunden og nu kan jeg ikke holde på vandet, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "went from walking the dog this morning to not being able to walk at all tonight, back "
        "pain",
        "gangbesvaer",
    ),
    # training sets 71-72 (acute signs told as consequences) and conversations 38
    (
        "har prøvet at pisse i en time men der kommer en lille smule og så stopper det, blæren er"
        " fuld, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "ondt i lænden, og nu kan han næsten ikke træde op på et trappetrin, det bliver værre "
        "hver dag",
        "svaghed",
    ),
    (
        "i dag ben vil ikke gå, jeg falder i gang, ryg ondt siden mandag",
        "gangbesvaer",
    ),
    (
        "kan næsten ikke gå længere, sket på en dag, lænden",
        "gangbesvaer",
    ),
    (
        "han kan ikke gå over gulvet længere, det kom i nat, ryggen er øm",
        "gangbesvaer",
    ),
    (
        "blev ramt af en ambulance, den væltede mig omkuld og jeg landede hårdt på ryggen",
        "traume",
    ),
    (
        "Før kunne jeg lave squats, nu kan jeg ikke engang rejse mig fra toilettet, iskias i 3 "
        "uger",
        "svaghed",
    ),
    (
        "i dag kan han ikke tage mere end et par skridt, han har ondt i lænden",
        "gangbesvaer",
    ),
    (
        "blev slynget ned i lastrummet, 3 meter ned, lænden er gal",
        "traume",
    ),
    # legs that 'var helt væk' are no pain that went away
    (
        "i går aftes skete der noget mærkeligt, jeg kunne næsten ikke gå de få meter til døren, "
        "benene var helt væk, og det er ikke blevet bedre i dag",
        "gangbesvaer",
    ),
    # training sets 73-74 (signs told as a change over days) and conversations 39
    (
        "i nat vågnede jeg plaskvåd i sengen uden at have mærket en dyt, ondt i lænden siden "
        "tirsdag",
        "blaere-tarm",
    ),
    (
        "stærk smerte i lænden, og siden i går har jeg ikke formået at lade vandet",
        "blaere-tarm",
    ),
    (
        "han haler benet efter sig, og det er blevet værre fra i går til i dag, ondt i lænden",
        "svaghed",
    ),
    (
        "min ryg er smadret og i dag havde jeg lavet i boxershortsen uden at mærke noget",
        "blaere-tarm",
    ),
    (
        "i går kunne han gå med stok, i dag må vi næsten bære ham, ondt i ryggen",
        "gangbesvaer",
    ),
    (
        "ondt i ryggen og nu klapper mit venstre ben sammen, i går kunne jeg sagtens, det bliver "
        "værre",
        "svaghed",
    ),
    (
        "ben vil ikke. værre hver time. lænd ondt. hjælp",
        "svaghed",
    ),
    (
        "10 kg på 3 mdr uden diæt og ondt i lænden der ikke vil gå væk",
        "vaegttab",
    ),
    (
        "bæltet er rykket to huller ind, og det er ikke fordi jeg har trænet, og ryggen gør ondt",
        "vaegttab",
    ),
    (
        "6 uger nu, smerterne i ryggen er lige så vilde som dag 1",
        "ingen-bedring",
    ),
    # training sets 75-76
    (
        "lænden gør ondt og indersiden af begge lår føles som når man har fået en sprøjte hos "
        "tandlægen",
        "foelelsesloes-skridt",
    ),
    (
        "hun fik ondt i ryggen og nu kan hun ikke komme ud til bilen på egne ben",
        "gangbesvaer",
    ),
    (
        "min pige har været varm i to dage (39 i går aftes) og har ondt i ryggen",
        "feber",
    ),
    (
        "ondt i lænden, og alle mine kjoler er blevet for store uden at jeg har gjort noget for "
        "det",
        "vaegttab",
    ),
    (
        "smerten i lænden river mig ud af søvnen hver nat",
        "natsmerter",
    ),
    (
        "ondt i lænden hele tiden, og der er forsvundet 6 kilo af mig uden nogen forklaring",
        "vaegttab",
    ),
    (
        "ondt ned bag i benet i 6 uger, og nu er det som om der er vat under fodsålen",
        "nervetegn",
    ),
    (
        "som en kniv i lænden i 4 uger og det er ikke blevet mindre",
        "ingen-bedring",
    ),
    (
        "6. uge med ryggen helt i bund, pillerne tog kun toppen af det",
        "ingen-bedring",
    ),
    (
        "bedste er 91, hjemmeplejen måtte hjælpe hende op fra gulvet i nat, og nu har hun ondt i "
        "ryggen",
        "fraktur",
    ),
    (
        "ikke fået pisset siden i går selvom blæren er spændt, ondt i lænden",
        "blaere-tarm",
    ),
    (
        "min lænd har været dårlig en uge og nu er der zero feeling omkring min ass",
        "foelelsesloes-skridt",
    ),
    (
        "kunne ikke trykke på bremsen med højre fod, det er blevet værre og værre, ondt i lænden",
        "svaghed",
    ),
    (
        "jeg kan literally ikke walk, nu kan jeg kun hoppe rundt på ét ben, ondt i ryggen",
        "gangbesvaer",
    ),
    (
        "helt vanvittigt ondt i lænden i 5 uger, øvelser og piller, intet rykker",
        "ingen-bedring",
    ),
    # 'da jeg var' dates an event, it is no years-ago
    (
        "stigen skred da jeg var oppe ved 1. sals vinduerne og jeg landede på fliserne. ryggen "
        "gør ondt nederst.",
        "traume",
    ),
    # training sets 77-78
    (
        "i dag kunne jeg ikke mærke det da jeg satte mig på den kolde toiletbrille, lænden er møg",
        "foelelsesloes-skridt",
    ),
    (
        "min søn faldt ned fra det store træ i haven, han var oppe ved 4 meter, og han har ondt i"
        " lænden",
        "traume",
    ),
    (
        "my back still hurts like hell after 3 weeks, not even a little bit better",
        "ingen-bedring",
    ),
    (
        "uge 6 og jeg går stadig rundt som en gammel mand, smerten har ikke rykket sig en "
        "millimeter",
        "ingen-bedring",
    ),
    # training sets 79-81
    (
        "i morges skulle jeg tisse, men der kom ikke en dråbe selvom jeg pressede, lænden er øm",
        "blaere-tarm",
    ),
    ("Min mamma har ont i ryggen och känner inte något runt ändtarmen", "blaere-tarm"),
    ("min mormor på 84 nøs voldsomt i går og nu har hun ondt i lænden", "fraktur"),
    ("tager prednisolon og har ondt i lænden efter et hosteanfald, er 75", "fraktur"),
    ("jeg har osteoporose og fik et hosteanfald i nat, siden har ryggen gjort ondt", "fraktur"),
    ("han blev ramt af en gaffeltruck på lageret og har ondt i lænden", "traume"),
    ("hun faldt ned fra læsserampen i dag og har ondt nederst i ryggen", "traume"),
    (
        "i tirsdags kunne jeg gå helt normalt, nu kan jeg ikke stå på hælene, ondt i ryggen",
        "svaghed",
    ),
    (
        "my mum has had back pain for days and her legs have gone weak, now she has to hold the"
        " wall to walk",
        "gangbesvaer",
    ),
    ("i går gik jeg helt fint, benene ville ikke i morges, ondt i ryggen", "svaghed"),
    ("ondt i ryggen, og jeg tisser uden at presse eller mærke det", "blaere-tarm"),
    # training sets 82-83
    ("en bil kørte ud foran mig på cyklen i går, jeg væltede, nu ondt i lænden", "traume"),
    ("kan ikke gå mere end 10 meter siden i går, ondt i ryggen", "gangbesvaer"),
    ("ryggen er vond og beina er blitt svake, det blir verre for hver dag", "svaghed"),
    ("min far har ondt i ryggen, og der er lort i hans bukser uden han opdager det", "blaere-tarm"),
    (
        "his balls and the inside of his thighs feel numb and his low back hurts",
        "foelelsesloes-skridt",
    ),
    ("på vej hjem ville benene ikke bære, ondt i lænden", "gangbesvaer"),
    ("my wife has had sciatica for 8 weeks with a numb foot that hasn't improved", "nervetegn"),
    # training sets 84-85
    (
        "har haft hold i ryggen i fire dage, og i dag har jeg kun tisset én gang selvom jeg "
        "drikker",
        "blaere-tarm",
    ),
    (
        "I can't tell when I need the loo anymore, the signal is gone, and my back hurts",
        "blaere-tarm",
    ),
    ("hun har ondt i ryggen og har kissat på sig i natt", "blaere-tarm"),
    ("drikker og drikker uden at få trang til at tisse, ondt i lænden", "blaere-tarm"),
    ("min søn har ondt i ryggen og siger han ikke kjenner noe rundt rumpa", "foelelsesloes-skridt"),
    ("Mina ben bär mig inte längre sedan i morse, ont i ryggen", "gangbesvaer"),
    ("min mand kørte ind i bilen foran, og nu har han ondt i lænden", "traume"),
    ("my sister came off her horse at full gallop and now her lower back hurts a lot", "traume"),
    # training set 84, and "fem" as a few
    ("kan ikke gå mere end fem meter, ondt i ryggen", "gangbesvaer"),
    ("my brother got hit by a forklift at work and his lower back hurts", "traume"),
    # training set 87
    ("når jeg tisser er strålen helt væk og jeg skal presse længe, ondt i lænden", "blaere-tarm"),
    ("mine kugler er helt døde og jeg har ondt i lænden", "foelelsesloes-skridt"),
    # training sets 88 and 89
    (
        "Faren min har vondt i korsryggen og har begynt å tisse på seg uten å merke det.",
        "blaere-tarm",
    ),
    (
        "indersiden af begge lår føles som om de er pakket ind i vat, og ryggen gør ondt",
        "foelelsesloes-skridt",
    ),
    (
        "min mand kan ikke få rejsning og er følelsesløs i hele området, ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    # a present sign dated from an event last week runs from it
    (
        "hun kan ikke mærke når hun tisser og har ondt i ryggen efter hun løftede en sofa"
        " i sidste uge",
        "blaere-tarm",
    ),
    (
        "kan ikke længere træde koblingen ned med venstre ben, det startede som en lille"
        " svaghed i går",
        "svaghed",
    ),
    (
        "min fod er blevet tungere og tungere siden i morges, nu må jeg løfte benet med hænderne",
        "svaghed",
    ),
    ("My son hurt his lower back and now he can't manage more than two steps", "gangbesvaer"),
    # "ikke engang" is "not even", no long-ago "engang"
    (
        "Sad på toilettet i 10 min og der kom bare ingenting, blæren føles ikke engang fuld",
        "blaere-tarm",
    ),
    (
        "mandag kunne jeg gå normalt, tirsdag haltede jeg lidt, i dag snubler jeg over mine tæer",
        "svaghed",
    ),
    ("Har hatt isjias i en måned, foten er fortsatt nummen og svak.", "nervetegn"),
    (
        "min mor har haft så ondt i ryggen i 4 uger, og varmepuden har ikke ændret noget",
        "ingen-bedring",
    ),
    (
        "bæltet skal snart have et nyt hul selvom jeg spiser som en hest, og ryggen værker",
        "vaegttab",
    ),
    ("Jag hade tjocktarmscancer för tre år sedan och nu har jag fått ont i ryggen.", "kraeft"),
    # sitting on the toilet is no look-alike when nothing comes
    ("jeg kan ikke tisse når jeg sidder på toilettet, ondt i ryggen", "blaere-tarm"),
    # pressing to pass water, told at length in one clause; Swedish "blåsan"
    (
        "Jeg skal presse helt vildt med maven for at få noget ud når jeg tisser, ondt i ryggen",
        "blaere-tarm",
    ),
    ("ont i ryggen, och de sidste två dagar kan jeg inte känna när blåsan är full", "blaere-tarm"),
    # training sets 90 and 91
    (
        "svigermor har rygsmerter og i dag har hun hverken kunnet tisse eller mærke om hun skulle",
        "blaere-tarm",
    ),
    (
        "min mand kan hverken tisse eller mærke sin numse efter han fik hold i ryggen i går",
        "blaere-tarm",
    ),
    (
        "tisser kun hvis jeg trykker hårdt på maven med hånden ellers kommer der ikke en dråbe."
        " ryggen har været gal siden tirsdag",
        "blaere-tarm",
    ),
    (
        "min kone sagde i morges at hun ikke kunne mærke at hun havde lavet stort. hun har haft"
        " iskias i 2 uger",
        "blaere-tarm",
    ),
    (
        "ryggen har været dårlig en måned, og de sidste 3 dage er det blevet sværere og sværere"
        " at holde på vandet",
        "blaere-tarm",
    ),
    (
        "min kollega har slæbt det ene ben efter sig siden frokost og det bliver kun værre,"
        " ryggen er gået",
        "svaghed",
    ),
    (
        "min mor kunne rejse sig fra stolen selv i morges, men nu i aften skal hun have hjælp af"
        " to for at komme op. ondt i lænden",
        "svaghed",
    ),
    (
        "Jeg kan ikke længere træde koblingen ned med venstre ben, i forgårs gik det fint. Har"
        " iskias.",
        "svaghed",
    ),
    (
        "stod op fra kontorstolen og faldt lige ned på gulvet, benene var der bare ikke. ondt i"
        " lænden siden i går",
        "svaghed",
    ),
    (
        "er gået 2 buksestørrelser ned uden at gøre noget for det og har haft ondt i lænden en"
        " måned",
        "vaegttab",
    ),
    (
        "jeg har hatt isjias i seks uker nå. Nummenheten i leggen og under foten har ikke blitt"
        " noe bedre",
        "nervetegn",
    ),
    # an aim told of later, by someone else, explains no loss told before it
    (
        "Mit bælte er rykket to huller ind siden påske, og jeg har ikke været på slankekur. Jeg"
        " har ondt i ryggen. Min datter siger jeg skal være glad for at tabe mig.",
        "vaegttab",
    ),
    # a reason told before explains a loss only as the same person's and as now
    (
        "Min datter er på slankekur. Jeg har tabt 10 kilo på en måned og har ondt i ryggen.",
        "vaegttab",
    ),
    (
        "Min kone har tabt 10 kilo med vilje. Jeg har tabt 10 kilo på en måned og har ondt i"
        " ryggen.",
        "vaegttab",
    ),
    (
        "Jeg var på slankekur for 5 år siden. Nu har jeg tabt 10 kilo på to måneder og har ondt"
        " i ryggen.",
        "vaegttab",
    ),
    # blind set 32, once a floor: Swedish "grenen", "ramlade", "är"
    (
        "Min pappa kan inte känna något i grenen och på insidan av låren sedan igår, och han har"
        " ont i ryggslutet.",
        "foelelsesloes-skridt",
    ),
    ("Min mamma är 84 och ramlade i trappan i förrgår. Nu har hon ont i ländryggen.", "fraktur"),
    # training sets 92-94 and conversations 50-51
    # Norwegian "klarer ikke å" is "kan ikke".
    (
        (
            "Kjæresten min har vondt i korsryggen og nå klarer han ikke å tisse, han har prøvd "
            "hele "
            "natta. Hva gjør vi?"
        ),
        "blaere-tarm",
    ),
    # English "can't tell if" is whether, no what-if.
    (
        (
            "Boyfriend hurt his back deadlifting on Monday. Since this afternoon he says he can't "
            "tell if his bladder is full and he wet himself on the couch without noticing"
        ),
        "blaere-tarm",
    ),
    # Norwegian "gjøre i buksa".
    (
        (
            "Pappa (74) har vondt i ryggen og har begynt å gjøre i buksa uten å merke det, både "
            "tiss "
            "og bæsj. Siden i går."
        ),
        "blaere-tarm",
    ),
    # Feeling halved where one washes.
    (
        (
            "Jeg har prolaps og i dag mærker jeg kun halvt når jeg vasker mig forneden. Kan jeg "
            "stadig lave bird-dog?"
        ),
        "foelelsesloes-skridt",
    ),
    # Swedish "tappat känseln mellan benen".
    (
        (
            "Jag har ont i ländryggen och har tappat känseln mellan benen, känns som att sitta på "
            "en "
            "kudde som inte är min"
        ),
        "foelelsesloes-skridt",
    ),
    # The seat not felt.
    (
        (
            "Når jeg sætter mig på toilettet føles det som om sædet ikke er der og lænden har "
            "været "
            "helt låst siden i forgårs"
        ),
        "foelelsesloes-skridt",
    ),
    # Walking on waking is then, not a recovery now.
    (
        (
            "Da jeg vågnede kunne jeg gå normalt, nu ved frokosttid kan jeg ikke løfte tæerne på "
            "højre fod. Har haft udstråling i 3 uger"
        ),
        "svaghed",
    ),
    # A collapse because the legs would not.
    (
        (
            "Hej min morfar er segnet om på badeværelset fordi benene ikke ville mere, han har "
            "haft "
            "ondt i lænden et par dage, han er vågen og kan snakke"
        ),
        "svaghed",
    ),
    # Stool found in the pants by its colour, not felt coming.
    (
        (
            "de sidste tre dage har det gjort meget mere ondt, og i dag har jeg to gange fundet "
            "brunt "
            "i underbukserne som jeg slet ikke havde mærket komme"
        ),
        "blaere-tarm",
    ),
    # Fine a few days ago, now cannot get up.
    (
        (
            "Min datter på 15 har ondt i ryggen efter gymnastik og nu kan hun ikke rejse sig fra "
            "en "
            "stol uden at tage fat i bordet, det var fint for tre dage siden. Er det vokseværk?"
        ),
        "svaghed",
    ),
    # Swedish feet that will not lift, worse all the time.
    (
        (
            "Min pappa har ont i ryggen och sedan i går kan han inte lyfta fötterna ordentligt, "
            "det "
            "blir sämre hela tiden. Ska vi åka in?"
        ),
        "svaghed",
    ),
    # A roof ladder is a height.
    (
        (
            "far har ondt i ryggen efter han faldt ned fra en tagstige i går. han er 76 og får "
            "blodfortyndende"
        ),
        "traume",
    ),
    # Trousers falling off with no diet.
    (
        (
            "Mor siger bukserne er begyndt at falde af hende selvom hun ikke har slanket sig, og "
            "nu "
            "klager hun over rygsmerter. Hun er 66"
        ),
        "vaegttab",
    ),
    # Norwegian "operert for tarmkreft".
    (
        (
            "Jeg ble operert for tarmkreft i fjor. Nå har jeg fått vondt i korsryggen som ikke gir "
            "seg. Bør jeg ta røntgen?"
        ),
        "kraeft",
    ),
    # Swedish pain that wakes every night.
    (
        "Smärtan i ryggen väcker mig varje natt, oavsett hur jag ligger. Vad kan jag göra själv?",
        "natsmerter",
    ),
    # English: hurts more lying down at night.
    (
        (
            "Why does my lower back hurt MORE when I lie down at night? I have to get up and walk "
            "around at 4am. Been going on for a month now."
        ),
        "natsmerter",
    ),
    # Someone jumping onto a back made fragile by osteoporosis.
    (
        (
            "I have osteoporosis and my grandson jumped on my back while we were playing, now "
            "sharp "
            "pain low in my back"
        ),
        "fraktur",
    ),
    # Never had before is new, no denial.
    ("ondt i ryggen og feber, det har jeg ikke haft før", "feber"),
    # Retention felt as a stomach ache is no stomach upset.
    (
        (
            "Min bror har diskusprolaps. I dag siger han at han ikke har tisset siden i morges, og "
            "han har ondt i maven af det"
        ),
        "blaere-tarm",
    ),
    # Children something came from are not whose fever it is.
    (
        (
            "Tror jeg har fået noget med hjem fra ungerne i børnehaven, har feber og er begyndt at "
            "få "
            "ondt i lænden"
        ),
        "feber",
    ),
    # Nothing that comes.
    ("ondt i ryggen og nu er der intet der kommer når jeg skal tisse", "blaere-tarm"),
    # "ingen control" is the sign, no denial of it.
    (
        "siden min ryg gik i lørdags har jeg ingen control over blæren, det lækker hele tiden",
        "blaere-tarm",
    ),
    # Night pain whatever position tried is no position's pain.
    (
        (
            "vågner af smerter i lænden hver eneste nat, har prøvet at ligge på siden, ryggen, "
            "maven, "
            "INTET hjælper"
        ),
        "natsmerter",
    ),
    # Swedish and Norwegian symptom words (written for this test, from everyday usage)
    (
        "Jag har ont i ländryggen och har kissat på mig två gånger idag utan att märka det",
        "blaere-tarm",
    ),
    ("Min man har ont i ryggen och kan inte hålla tätt, det bara rinner", "blaere-tarm"),
    ("Jag har ont i ryggen och känner ingenting när jag torkar mig", "foelelsesloes-skridt"),
    ("Rumpan och insidan av låren är domnade och ryggen gör ont", "foelelsesloes-skridt"),
    ("Jag vaknar varje natt av smärtan i ryggen", "natsmerter"),
    ("Jag har benskörhet och ramlade igår, nu har jag ont i ryggen", "fraktur"),
    ("Jeg har vondt i ryggen og har ikke fått tisset siden i går", "blaere-tarm"),
    ("Jeg har vondt i korsryggen og har tisset på meg uten å merke det", "blaere-tarm"),
    ("Jeg har beinskjørhet og falt i går, nå har jeg vondt i ryggen", "fraktur"),
    ("Jag var med om en bilolycka idag och har ont i ryggen", "traume"),
    # training sets 95-97
    # Not noticing is part of the sign.
    (
        (
            "fik hold i ryggen da vi bar spær op i tirsdags. Min kæreste siger jeg skal "
            "tage det mere alvorligt fordi jeg i går aftes ikke opdagede at jeg havde "
            "lavet i bukserne før hun sagde det lugtede."
        ),
        "blaere-tarm",
    ),
    # Norwegian "gått ned mye i vekt".
    (
        (
            "Mamma har gått ned mye i vekt uten å slanke seg, og nå har hun fått vondt i "
            "korsryggen. Hva bør vi gjøre?"
        ),
        "vaegttab",
    ),
    # Trying all night and nothing.
    (
        "tisser ikke. har prøvet hele natten. lænden. hjælp",
        "blaere-tarm",
    ),
    # A nappy soiled, never before.
    (
        (
            "Min bedstemor har ondt i ryggen og plejehjemmet siger hun er begyndt at lave"
            " i bleen, det har hun aldrig gjort før, hun er ellers helt klar i hovedet"
        ),
        "blaere-tarm",
    ),
    # A sneeze after years of steroids.
    (
        (
            "min mor har taget binyrebarkhormon i mange år pga sin gigt og har nu fået "
            "ondt i ryggen efter hun nøs kraftigt"
        ),
        "fraktur",
    ),
    # A loss told roughly.
    (
        (
            "de sidste par måneder har jeg tabt noget der ligner 6-7 kilo uden at have "
            "ændret noget, og jeg er mere træt end normalt. Ryggen gør mere ondt end den "
            "plejer."
        ),
        "vaegttab",
    ),
    # Worst lying down.
    (
        (
            "Det værste er at ligge ned. så snart jeg lægger mig i sengen begynder lænden"
            " at dunke, og jeg har prøvet 3 forskellige madrasser"
        ),
        "natsmerter",
    ),
    # Numbness that does not go away.
    (
        (
            "Jeg har haft udstråling ned i venstre ben i 6 uger og lige meget hvad jeg "
            "gør forsvinder følelsesløsheden på ydersiden af læggen ikke. Kan jeg træne "
            "med det?"
        ),
        "nervetegn",
    ),
    # A rear-end crash at 50 km/t.
    (
        "blev kørt ind i bagfra med 50 km/t og har ondt i ryggen",
        "traume",
    ),
    # training sets 98-100
    # From walking with a stick to not standing.
    (
        (
            "min gamle far (72) har ondt i ryggen og i løbet af i dag er han gået fra at "
            "gå med stok til ikke at kunne stå op"
        ),
        "gangbesvaer",
    ),
    # Pressing to start the stream.
    (
        (
            "jeg skal presse helt vildt for at faa straalen igang siden ryggen laaste i "
            "tirsdags og det bliver vaerre og vaerre"
        ),
        "blaere-tarm",
    ),
    # Only a little comes.
    (
        (
            "Jeg løftede en tung bjælke i mandags og har haft ondt i lænden siden. Siden "
            "i går aftes har jeg kun fået lidt tis ud selvom jeg har drukket masser."
        ),
        "blaere-tarm",
    ),
    # A leak on standing up, never before.
    (
        (
            "er det normalt at det bare løber lidt når jeg rejser mig, siden ryggen gik i"
            " baglås i torsdags? har ALDRIG haft det før"
        ),
        "blaere-tarm",
    ),
    # Could the other day, cannot push the pedal now.
    (
        (
            "forleden kunne jeg stadig cykle på arbejde, nu kan jeg ikke engang presse "
            "pedalen ned med højre ben. har iskias"
        ),
        "svaghed",
    ),
    # Cannot kick, worse day by day.
    (
        (
            "Jeg spiller serie 5 fodbold og kan ikke længere sparke med højre ben, det er"
            " gået ned ad bakke dag for dag siden jeg fik ondt i lænden"
        ),
        "svaghed",
    ),
    # Carried home.
    (
        (
            "min samlever kan ikke længere gå op til lejligheden på 2. sal, hun skulle "
            "nærmest bæres i dag. hun har haft ondt i lænden siden fredag"
        ),
        "gangbesvaer",
    ),
    # Swedish moped crash.
    (
        ("Min bror krockade med mopeden igår och nu har han jätteont i nedre delen av ryggen"),
        "traume",
    ),
    # Crushed between a truck and a container.
    (
        (
            "jeg er skraldemand og blev klemt mellem skraldebilen og en container i dag, "
            "nu har jeg ondt i lænden"
        ),
        "traume",
    ),
    # A bend after years of steroids.
    (
        (
            "jeg har fået prednisolon for min astma i mange år og nu bare ved at bukke "
            "mig ned efter skoene fik jeg en skarp smerte i ryggen som ikke vil gå væk"
        ),
        "fraktur",
    ),
    # English temperature.
    (
        ("Back pain + temperature 39 since sunday, no cough or anything. just wait it out?"),
        "feber",
    ),
    # A trouser size down.
    (
        (
            "buksestørrelsen er gået fra 34 til 31 uden at jeg har ændret noget som "
            "helst, og lænden værker konstant. bør jeg gøre noget"
        ),
        "vaegttab",
    ),
    # Norwegian earlier cancer.
    (
        (
            "Hadde tarmkreft for noen år siden, nå har jeg fått vondt i korsryggen som "
            "ikke vil gi seg. Skal jeg bekymre meg?"
        ),
        "kraeft",
    ),
    # "Nu hvor jeg tænker over det" is no what-if.
    (
        (
            "Nu hvor jeg tænker over det har jeg også tabt omkring 8 kg de sidste 2 "
            "måneder uden at have lagt kosten om, og jeg er tit træt. Lænden er øm."
        ),
        "vaegttab",
    ),
    # Asked about, but the writer's own.
    (
        "jeg har nattesmerter i lænden, er det et faresignal?",
        "natsmerter",
    ),
    # Numb legs do not hide a numb bladder.
    (
        "kan ikke mærke benene og kan ikke mærke når jeg skal tisse, ondt i ryggen",
        "blaere-tarm",
    ),
    # blind set 33 once it was a floor, training sets 101-102
    # Swedish: a fall from a ladder two floors up.
    (
        (
            "Min man ramlade från en stege från andra våningen igår och har ont i "
            "ländryggen, han vägrar åka till akuten. Vad ska vi göra?"
        ),
        "traume",
    ),
    # A leg that will not, in one sentence.
    (
        ("mit ben vil ikke bære mig mere siden i går og det bliver værre, ondt i ryggen"),
        "svaghed",
    ),
    # An "ej" of surprise.
    (
        (
            "ej det er så mærkeligt, har ikke været på toilet siden i går aftes og mærker"
            " ikke engang at jeg skal, og lænden dunker"
        ),
        "blaere-tarm",
    ),
    # English soiling.
    (
        (
            "my dad has had back pain since the weekend and now he keeps soiling himself "
            "without knowing. he is 71. is this just old age?"
        ),
        "blaere-tarm",
    ),
    # Told mildly.
    (
        (
            "først i går aftes opdagede jeg at jeg havde fået lidt i underbukserne, har "
            "slet ikke mærket noget. lænden har været slem siden jeg løftede "
            "kummefryseren"
        ),
        "blaere-tarm",
    ),
    # Swedish soiling.
    (
        (
            "Min sambo har ont i ländryggen och har idag bajsat i byxorna utan att märka "
            "något alls. Vad ska vi göra?"
        ),
        "blaere-tarm",
    ),
    # Worse over the weekend.
    (
        (
            "kan ikke længere trykke speederen ordentligt ned med højre fod, det blev "
            "værre hen over weekenden. lændesmerter siden torsdag"
        ),
        "svaghed",
    ),
    # Legs that carried one 20 m.
    (
        (
            "Prøvede at gå tur i dag men mine ben bar mig kun 20 m og så måtte jeg sætte "
            "mig på en trappesten. i går gik jeg en hel time. ryg smerter"
        ),
        "gangbesvaer",
    ),
    # A car crashed into the cab.
    (
        (
            "Sidste uge bragede en personbil ind i siden af min førerkabine. Nu har jeg "
            "ondt i lænden, særligt når jeg sidder længe bag rattet."
        ),
        "traume",
    ),
    # review of session 13
    # Review: a sign called dangerous, told clipped, is the writer's own.
    (
        "kan ikke tisse, farligt når jeg har diskusprolaps?",
        "blaere-tarm",
    ),
    # Review: the same.
    (
        "kan ikke mærke skridtet farligt når jeg har ondt i ryggen?",
        "foelelsesloes-skridt",
    ),
    # Review: an "og" carries only a date years back.
    (
        "i sidste uge løftede jeg noget tungt og kunne ikke tisse",
        "blaere-tarm",
    ),
    # Review: nor with a sudden word in the sign's clause.
    (
        ("Havde en prolaps for 5 år siden og var ude at gå og kunne pludselig ikke mærke benene"),
        "gangbesvaer",
    ),
    # Review: a derived denial does not reach over "om at".
    (
        "nu er der ingen tvivl om at benene svigter",
        "svaghed",
    ),
    # Review: nor over "om hvorfor".
    (
        "har jeg ingen idé om hvorfor jeg tisser i bukserne",
        "blaere-tarm",
    ),
    # Review: nor over "end at".
    (
        "ellers har jeg ingen andre symptomer end at benene svigter",
        "svaghed",
    ),
    # training sets 103-105
    # slang for the testicles
    (
        "jeg kan ikke mærke mine klunker og ryggen har gjort ondt siden søndag",
        "foelelsesloes-skridt",
    ),
    # Swedish "skrevet"
    (
        (
            "min man har ont i ländryggen och säger att han inte känner något i skrevet "
            "sedan i morse"
        ),
        "foelelsesloes-skridt",
    ),
    # "men i dag" sets "har altid" aside
    (
        (
            "Jeg har altid kunnet mærke når jeg skulle tisse men i dag har jeg ikke haft "
            "trang en eneste gang. ondt i lænd"
        ),
        "blaere-tarm",
    ),
    # accidents not felt coming
    (
        (
            "Since yesterday I've had two accidents, I didn't feel anything coming at "
            "all. My back hurts"
        ),
        "blaere-tarm",
    ),
    # an accident not stopped
    (
        ("har haft et uheld på arbejdet, det løb bare uden jeg kunne stoppe det. ondt i ryggen"),
        "blaere-tarm",
    ),
    # the bowel as "bagfra"
    (
        "siden i går kan han ikke holde på noget bagfra og hans ryg gør ondt",
        "blaere-tarm",
    ),
    # English: fine yesterday
    (
        (
            "my dad (80) can barely lift his legs today, yesterday he was walking with "
            "his stick fine. his back hurts"
        ),
        "svaghed",
    ),
    # English: weak now, fine yesterday
    (
        (
            "in the last 24h her legs got so weak she can't climb the stairs anymore. "
            "Yesterday she was fine. She has back pain"
        ),
        "svaghed",
    ),
    # shorter and shorter, the leg gives up
    (
        (
            "hver dag siden torsdag kan jeg gå kortere og kortere før venstre ben bare "
            "giver op. lænden smerter"
        ),
        "svaghed",
    ),
    # only as far as the corner
    (
        ("skulle ud og gå med hunden og kom kun til hjørnet. Har haft lændesmerter siden søndag"),
        "gangbesvaer",
    ),
    # a mat does not make 8 metres harmless
    (
        ("Faldt ned fra toppen af klatrevæggen (ca 8 m), landede på måtten. ondt i lænden"),
        "traume",
    ),
    # "wet yourself"
    (
        "is it normal to wet yourself with a slipped disc? happened twice today",
        "blaere-tarm",
    ),
    # "af og til siden" is now
    (
        (
            "Kom hjem fra Thailand for 10 dage siden, har haft feber af og til siden og "
            "nu dunker lænden"
        ),
        "feber",
    ),
    # mattresses tried in vain
    (
        ("har ondt i lænden og det er værst om natten, har skiftet madras to gange. intet virker"),
        "natsmerter",
    ),
    # clothes sizes
    (
        ("siden sommer er jeg gået ned tre tøjstørrelser uden at ændre noget, og nu ondt i lænden"),
        "vaegttab",
    ),
    # smaller jeans
    (
        (
            "har måttet købe mindre jeans 2 gange i år uden at træne eller spise "
            "anderledes, og nu ondt i lænden"
        ),
        "vaegttab",
    ),
    # not without screaming
    (
        (
            "har haft hold i ryggen i 5 uger, og det er stadig umuligt at rejse sig fra "
            "en stol uden at skrige"
        ),
        "ingen-bedring",
    ),
    # still cannot drive
    (
        (
            "Det her hold i ryggen skulle være gået over efter et par dage. Det er nu 4 "
            "uger og jeg kan stadig ikke køre bil"
        ),
        "ingen-bedring",
    ),
    # nothing touches it
    (
        "It's been 5 weeks of constant severe low back pain, nothing touches it",
        "ingen-bedring",
    ),
    # training sets 106-107
    # Norwegian "får ikke til å"
    (
        (
            "Har vondt i korsryggen og får ikke til å tisse i dag, har prøvd mange ganger"
            " siden frokost"
        ),
        "blaere-tarm",
    ),
    # the region around the bottom
    (
        (
            "hele området omkring røven er ligesom sovet ind og det vil ikke vågne. "
            "ryggen har drillet hele ugen"
        ),
        "foelelsesloes-skridt",
    ),
    # the genitals as "udstyr"
    (
        (
            "han sagde at han ikke kunne mærke noget omkring sit 'udstyr' og han har haft"
            " hold i ryggen i flere dage"
        ),
        "foelelsesloes-skridt",
    ),
    # legs that stop on the way
    (
        "på vej hjem fra arbejde gik mine ben bare i stå. lænden gør sindssygt ondt",
        "gangbesvaer",
    ),
    # Norwegian: held up by the furniture
    (
        (
            "Far min fikk vondt i ryggen i går og i dag klarer han ikke å gå over gulvet "
            "uten å holde seg i møblene"
        ),
        "gangbesvaer",
    ),
    # a fall from a high tree
    (
        "mit barn på 9 faldt ned fra et højt træ og klager over ryggen nederst",
        "traume",
    ),
    # "hun kunne sagtens i går"
    (
        (
            "min gamle mor på 88 kan pludselig ikke komme op af sengen og gå, og hun har "
            "ondt i ryggen. hun kunne sagtens i går"
        ),
        "svaghed",
    ),
    # no more than 5 steps
    (
        (
            "Kan ikke gå mere end 5 skridt, det kom lige pludselig i eftermiddags. Før "
            "det var det bare ondt i lænden."
        ),
        "gangbesvaer",
    ),
    # not a millimetre better
    (
        "4 ugers rygsmerter på 8 ud af 10 og det er ikke blevet 1 mm bedre",
        "ingen-bedring",
    ),
    # a new mattress bought in vain
    (
        "min gør ondt hele natten når jeg ligger ned, har også købt ny madras",
        "natsmerter",
    ),
    # English "pretty fast"
    (
        (
            "my flatmate came off his mountain bike going downhill pretty fast and landed"
            " on his back. his lower back hurts a lot"
        ),
        "traume",
    ),
    # "has got" is now
    (
        "My partner's got a temperature of 38.5 and a really sore lower back",
        "feber",
    ),
    # English "dropped about 6 kg"
    (
        (
            "I've dropped about 6 kg in two months without dieting and my lower back has "
            "been aching constantly"
        ),
        "vaegttab",
    ),
    # as bad as on day one
    (
        "It's been 6 weeks and my lower back is still as bad as on day one",
        "ingen-bedring",
    ),
    # the week by its number; not a millimetre less
    (
        "nu er det uge 5 og jeg kan stadig ikke løfte mine varer på arbejdet, smerten er "
        "ikke blevet mindre",
        "ingen-bedring",
    ),
    # a review's finding: a clock time's colon ends a clause ("for 2 år siden" dates only
    # the operation)
    (
        "Fik rygoperation for 2 år siden 9:30 vågnede jeg og kunne ikke tisse",
        "blaere-tarm",
    ),
    # a review's finding: the person lifted owns their age and their fall
    (
        "Jeg har lige løftet min mor på 84 op fra gulvet, hun faldt i køkkenet og har ondt "
        "i ryggen",
        "fraktur",
    ),
    # "lænden er øm" is pain now
    (
        (
            "Tager kortison for min colitis og har gjort det i flere år. Væltede på "
            "cyklen i sidste uge og lænden er øm."
        ),
        "fraktur",
    ),
    # deep boring pain on lying down
    (
        ("når jeg lægger mig bliver det en dyb borende smerte, og jeg vågner altid ved 4-tiden"),
        "natsmerter",
    ),
    # training sets 108-109
    # a full bladder and only drops
    (
        ("ryggen smadret + blæren føles propfuld men jeg kan kun presse et par dråber ud??"),
        "blaere-tarm",
    ),
    # wet without noticing
    (
        (
            "min mor (67) har ondt i lænden, og nu er hun begyndt at være våd uden selv "
            "at opdage det"
        ),
        "blaere-tarm",
    ),
    # "hverken tis eller lort" is no denial
    (
        (
            "har ikke kunnet komme af med noget hverken tis eller lort siden i går, "
            "lænden er helt væk"
        ),
        "blaere-tarm",
    ),
    # a foot that cannot press the pedal, fine two days ago
    (
        (
            "kan ikke længere trykke speederen ordentligt ned med højre fod, for to dage "
            "siden var det helt fint. ondt i lænden"
        ),
        "svaghed",
    ),
    # the other car's speed as a bare number
    (
        (
            "Blev påkørt bagfra på motorvejen i går, vi holdt stille og han kom med ca "
            "90. Nu gør lænden rigtig ondt."
        ),
        "traume",
    ),
    # the stream stopped and nothing more comes
    (
        (
            "pludselig stoppede strålen midt i det hele og nu kan jeg slet ikke komme af "
            "med det. har haft ryg i en uge"
        ),
        "blaere-tarm",
    ),
    # English: not eased, no socks
    (
        ("The pain hasnt eased one bit in 4 weeks, I still cant bend down to put my socks on"),
        "ingen-bedring",
    ),
    # English: could still jog yesterday
    (
        (
            "my leg strength is going downhill fast, yesterday i could still jog, today i"
            " cant even climb the stairs. lower back pain"
        ),
        "svaghed",
    ),
    # Swedish weeks
    (
        ("Har haft så ont i ländryggen i sex veckor att jag inte kan jobba, ingenting hjälper"),
        "ingen-bedring",
    ),
    # training sets 110-111
    # the feeling of a full bladder gone
    (
        "den der fornemmelse af at blæren er fuld er bare væk?? har ondt i ryggen",
        "blaere-tarm",
    ),
    # Swedish "känsel", "rumpan"
    (
        (
            "känns som att jag inte har någon känsel runt rumpan och mellan benen, har "
            "ont i ryggen sen i helgen"
        ),
        "foelelsesloes-skridt",
    ),
    # worse over the last few days
    (
        (
            "kan ikke længere trykke speederen ordentligt ned med højre fod, det er "
            "blevet værre i løbet af de sidste par dage. ryggen har drillet"
        ),
        "svaghed",
    ),
    # walking as if drunk, grabbing the furniture
    (
        (
            "farmand er 84 og har ondt i ryggen. Han er begyndt at gå som om han er fuld,"
            " griber fat i møblerne"
        ),
        "gangbesvaer",
    ),
    # daily life narrowed to the sofa
    (
        (
            "lændesmerter siden påske og nu er det juni. ingenting har hjulpet, ligger "
            "mest på sofaen og kan dårligt gå i bad"
        ),
        "ingen-bedring",
    ),
    # "går rundt med 38"
    (
        (
            "efter min rodbehandling for 2 uger siden har jeg fået ondt i lænden og går "
            "rundt med 38 hver aften"
        ),
        "feber",
    ),
    # "varm i hovedet og rystende"
    (
        (
            "har det som om jeg har influenza, varm i hovedet og rystende, og så sidder "
            "der en dyb murren i lænden"
        ),
        "feber",
    ),
    # a ring that slides off
    (
        (
            "vielsesringen er begyndt at glide af fingeren og jeg har ondt i ryggen "
            "forneden. jeg har altså ikke slanket mig"
        ),
        "vaegttab",
    ),
    # kilos that vanish
    (
        (
            "kilo'erne forsvinder bare, 5 kg på to måneder og ingen slankekur, og nu også"
            " ondt i ryggen nederst"
        ),
        "vaegttab",
    ),
    # an organ taken out because of cancer
    (
        (
            "My dad had his thyroid taken out because of cancer a few years back. For "
            "about three weeks he's had a new ache low in his back."
        ),
        "kraeft",
    ),
    # up all night because lying down hurts
    (
        (
            "Min bedstemor sidder oppe i stolen hele natten, for når hun ligger ned gør "
            "ryggen alt for ondt. Hun er 83."
        ),
        "natsmerter",
    ),
    # still no shoelaces
    (
        (
            "lægen sagde det gik over på 14 dage. Det er 5 uger siden og jeg kan stadig "
            "ikke binde mine snørebånd for smerter"
        ),
        "ingen-bedring",
    ),
    # Norwegian "like ille som i starten"
    (
        "Sju veker med vondt i korsryggen og det er like ille som i starten",
        "ingen-bedring",
    ),
    # like a kidney stone, not less
    (
        ("har haft lændesmerter på niveau med en nyresten i 5 uger og de bliver ikke mindre"),
        "ingen-bedring",
    ),
    # "dundrende", not a single day better
    (
        "over en mdr med dundrende lændesmerter og ikke en eneste dag bedre",
        "ingen-bedring",
    ),
    # sitting down beside the chair at 73
    (
        ("Jeg er 73 og kom til at sætte mig ved siden af stolen. Siden har lænden været øm"),
        "fraktur",
    ),
    # training sets 112-113
    # urine out only by pressing on the belly
    (
        (
            "efter min ryg gik i baglås kan jeg kun få tisset ud hvis jeg trykker på "
            "maven med hånden"
        ),
        "blaere-tarm",
    ),
    # a "hvis" dated "siden i morges" is so
    (
        (
            "kan man lave bird dog hvis man siden i morges har lækket lidt tis uden at "
            "opdage det? ryggen har været dårlig i en uge"
        ),
        "blaere-tarm",
    ),
    # a crotch "lavet af gummi"
    (
        "mit skridt føles som om det er lavet af gummi og ryggen smerter",
        "foelelsesloes-skridt",
    ),
    # no longer squatting, worse each day
    (
        (
            "min kollega kan ikke længere sætte sig på hug og rejse sig igen, det er "
            "blevet værre hver dag i denne uge. hun har prolaps i ryggen"
        ),
        "svaghed",
    ),
    # crawling to the bathroom
    (
        (
            "min søster (29) kunne i aftes pludselig ikke gå fra sofaen til badeværelset "
            "uden at kravle. hun har ondt i lænden"
        ),
        "gangbesvaer",
    ),
    # a fall through a floor
    (
        (
            "min kollega på byggepladsen faldt gennem et hul i dækket ned til etagen "
            "under og har ondt i ryggen"
        ),
        "traume",
    ),
    # training sets 114 and 115 (session 15)
    # straining for a thin stream
    (
        (
            "Siden i nat skal jeg presse og presse for overhovedet at få en stråle ud, og"
            " den er helt tynd. Jeg har iskias."
        ),
        "blaere-tarm",
    ),
    # nothing held any more
    (
        (
            "kan ikke holde på noget længere, hverken luft eller andet. ryggen har gjort "
            "ondt siden mandag"
        ),
        "blaere-tarm",
    ),
    # a leg harder to lift within a day
    (
        ("fra morgen til aften er det blevet sværere at løfte højre ben. ondt i lænden en uge"),
        "svaghed",
    ),
    # a foot that could not be lifted, worse than yesterday
    (
        (
            "My dad has had back pain for days and this morning he couldn't lift his foot"
            " onto the step, way worse than yesterday"
        ),
        "svaghed",
    ),
    # legs that cannot, come within days
    (
        (
            "min mor skal have hjælp til at komme op af stolen fordi hendes ben ikke kan,"
            " det er kommet inden for et par dage"
        ),
        "svaghed",
    ),
    # a car rolled over, in Swedish
    (
        "Körde av vägen i natt och voltade med bilen, nu har jag ont i ländryggen",
        "traume",
    ),
    # osteoporosis and a slip, in Swedish
    (
        "Jag har benskörhet och halkade på isen igår, nu gör det ont i ländryggen",
        "fraktur",
    ),
    # the kilos going one by one
    (
        ("kilo efter kilo forsvinder uden at jeg ved hvorfor, og nu har jeg ondt i lænden"),
        "vaegttab",
    ),
    # numbness for over a month, in Swedish
    (
        "Jag har haft domningar i höger ben i över en månad och ont i ryggen",
        "nervetegn",
    ),
    # nothing better after five weeks
    (
        "Det gør SÅ ondt i lænden stadigvæk, det er 5 uger siden, og intet er bedre",
        "ingen-bedring",
    ),
    # a feeling lost, then gone (session 15)
    # a feeling lost, then "helt væk": the feeling is what is gone
    (
        (
            "når jeg står i bad kan jeg ikke mærke vandet mellem benene, helt væk. ondt i"
            " ryggen i 4 dage"
        ),
        "blaere-tarm",
    ),
    # a feeling lost, then "det var helt væk"
    (
        (
            "sad på toilettet og kunne ikke mærke om jeg var ved at skide, det var helt "
            "væk. ondt i lænden siden weekenden"
        ),
        "blaere-tarm",
    ),
    # a feeling lost, then gone (session 15)
    # a feeling lost, then gone: any slot that denies a verb of feeling (session 15)
    # a crotch not felt, then "helt væk": the feeling is gone
    (
        "jeg kan ikke mærke noget i skridtet, det er helt væk. ondt i lænden",
        "foelelsesloes-skridt",
    ),
    # the same, told then
    (
        (
            "Min kone og jeg prøvede at være sammen i går, men jeg kunne ingenting mærke "
            "dernede, det var helt væk. Hold i ryggen siden fredag."
        ),
        "foelelsesloes-skridt",
    ),
    # training sets 116-117 (session 16)
    # English "'s had" is "has had": now
    (
        ("My husband's had pins and needles in his foot for seven weeks now with his bad back"),
        "nervetegn",
    ),
    # the writer introducing herself by age
    (
        ("82-årig kvinde, gled i badeværelset og landede hårdt på halen, ondt i ryggen nu"),
        "fraktur",
    ),
    (
        (
            "I was fine this morning, now I can barely get across the room and my legs "
            "won't cooperate, back hurts"
        ),
        "gangbesvaer",
    ),
    (
        "ondt i lænden, og skridtet føles ikke som mit eget siden i går",
        "foelelsesloes-skridt",
    ),
    (
        "fik temperatur i går aftes og har nu ondt i ryggen",
        "feber",
    ),
    (
        "ondt i lænden og febertilstande hver aften den sidste uge",
        "feber",
    ),
    (
        "my dad's clothes are swimming on him and his back aches every day",
        "vaegttab",
    ),
    # "det sidste år" is up to now, not last year
    (
        "mormor er blevet så lille og tynd det sidste år og har ondt i ryggen",
        "vaegttab",
    ),
    (
        "smerterne er skrappe og ikke en døjt bedre efter fire uger",
        "ingen-bedring",
    ),
    (
        "it's been five weeks of terrible back pain and it hasn't budged",
        "ingen-bedring",
    ),
    # session 16: review of narrowing words
    # "bare" does not keep a reason told before it (found in review)
    (
        ("Jeg har sveddet meget, og jeg har bare ikke kunnet holde på vandet siden i går"),
        "blaere-tarm",
    ),
    (
        ("Jeg har været på slankekur i kun en uge og har tabt 8 kg, har også ondt i lænden"),
        "vaegttab",
    ),
    (
        "Det er sommer og hedebølge, jeg har bare 39,5 i feber og ondt i ryggen",
        "feber",
    ),
    # session 16: review of the rules from training sets 116-117
    # a pram pushed is no pram that hit (found in review)
    (
        (
            "Jeg blev ramt af en bil mens jeg gik over vejen med barnevognen, og nu har "
            "jeg voldsomt ondt i ryggen"
        ),
        "traume",
    ),
    # "advice" is no advert
    (
        "Sudden bowel incontinence - advice please, my back hurts",
        "blaere-tarm",
    ),
    # a toddler named is no toddler who wakes one
    (
        "My back pain wakes me up every night, it's so bad I can't pick up my toddler",
        "natsmerter",
    ),
    (
        ("Can back pain cause you to lose control of your bladder? Happened to me today"),
        "blaere-tarm",
    ),
    # someone described by age is not the writer
    (
        (
            "Min far er en 82 årig mand med knogleskørhed. Han faldt i badeværelset og "
            "har meget ondt i ryggen"
        ),
        "fraktur",
    ),
    (
        "Jeg er en 75-årig mand og faldt på isen, nu har jeg ondt i ryggen",
        "fraktur",
    ),
    # session 16: Norwegian wiping, appetite and kilos
    # Norwegian "kjenner ikke noe når hun tørker seg"
    (
        ("min kone siger hun ikke kjenner noe når hun tørker seg, og hun har vondt i ryggen"),
        "foelelsesloes-skridt",
    ),
    (
        ("I've lost my appetite and about 7 kilos since spring, and my back aches all the time"),
        "vaegttab",
    ),
    # session 16: second review
    # session 16: more than N hours
    # "gået over 10 timer" is more than ten hours, not over (found by the after-score of
    # blind set 39)
    (
        ("min mand kan ikke tisse, og det er gået over 10 timer nu, han har ondt i lænden"),
        "blaere-tarm",
    ),
    # session 16: are they connected
    # a leg that hangs, asked about after
    (
        "mit ben hænger og jeg kan ikke løfte foden, hænger det sammen med ryggen?",
        "svaghed",
    ),
    # session 16: third review
    # "har gået over i" is spread to, not over (found in the third review)
    (
        "Jeg kan ikke holde på vandet og smerten har gået over i venstre ben",
        "blaere-tarm",
    ),
    (
        "Jeg har 39 i feber og ondt i ryggen, men hovedpinen har gået over",
        "feber",
    ),
    # a child ruled out is no reason
    (
        ("Jeg vågner hver nat af smerter i ryggen, det er ikke fordi min 1 årige vækker mig"),
        "natsmerter",
    ),
    # session 17: training sets 118 and 119
    # "arbejder som" names the job: a roofer who fell, not a rescuer who sees falls
    (
        (
            "Jeg arbejder som tagdækker og faldt ned fra et tag i går, 5 meter. Lænden "
            "gør stadig ondt"
        ),
        "traume",
    ),
    # a weight told with words of about
    (
        ("konen siger jeg har tabt vel en 7 kg siden sommer uden at prøve, og ryggen gør ondt"),
        "vaegttab",
    ),
    # a foot that slaps the floor
    (
        (
            "foden klapper i gulvet når jeg går, det startede i morges og nu er det også "
            "i den anden fod"
        ),
        "svaghed",
    ),
    # session 17: held-out set 40
    # support needed today where none was yesterday (held-out set 40 once a floor)
    (
        (
            "Min mor er 70. I går kunne hun sagtens gå op ad trappen, i dag må hun holde "
            "fast i gelænderet med begge hænder"
        ),
        "svaghed",
    ),
    # session 17: Swedish
    # Swedish: "det blir inte bättre" (held-out set 40, once a floor)
    (
        ("Min mamma har haft väldigt ont i ryggen i fem veckor och det blir inte bättre"),
        "ingen-bedring",
    ),
    # session 17: review
    # "det er 2 år siden" dates the hip, not the sign (review: dropped as an end of a sign)
    (
        ("Jeg kan pludselig ikke holde på vandet. Det er 2 år siden jeg fik en ny hofte"),
        "blaere-tarm",
    ),
    # words of about are no fillers: "efter ca 10 minutter" is no recovery (review)
    (
        ("Jeg har ondt i ryggen og benene bærer mig ikke, efter ca 10 minutter må jeg sætte mig"),
        "svaghed",
    ),
    # nor is "sådan ikke helt" a denial (review)
    (
        ("Jeg har ondt i lænden og har mistet følelsen i skridtet sådan ikke helt men næsten"),
        "foelelsesloes-skridt",
    ),
    # session 17: a Danish word that Swedish spells alike
    # "jag" is a stab of pain, not Swedish "jeg": the husband's sign stays his
    (
        (
            "min mand har haft prikken i tæerne og jag ned i benet siden september, nu er"
            " det november"
        ),
        "nervetegn",
    ),
    # session 17: second review
    # "følelsen er der" is no look-alike: it opens a loss (second review)
    (
        "Følelsen er der, men nedsat i skridtet",
        "foelelsesloes-skridt",
    ),
    # "svigter ikke mere" ends no other sign (second review)
    (
        "Jeg kan ikke holde på vandet, men benet svigter ikke mere",
        "blaere-tarm",
    ),
    # session 17: third review
    # session 17: held-out sets 41 and 42 once floors
    # "så slemt at jeg ikke kan" is very bad pain (held-out set 41 once a floor)
    (
        ("Ondt i lænden i to måneder nu, og det er stadig så slemt at jeg ikke kan bære min søn"),
        "ingen-bedring",
    ),
    # a leg that cannot be held up (held-out set 42 once a floor)
    (
        (
            "min mand har ischias, i morges kunne han gå på tæer, nu kan han ikke engang "
            "holde benet oppe, det bliver værre og værre"
        ),
        "svaghed",
    ),
    # Norwegian crash (held-out set 42 once a floor)
    (
        ("Jeg kjørte motorsykkel i 90 og gikk i grøfta i går, nå har jeg vondt i ryggen"),
        "traume",
    ),
    # session 17: fourth review
    # a queue for the toilet dropped as a reason: it hid retention told beside it (fourth review)
    (
        ("kan ikke tisse siden i går, der var kø til toilettet i toget men det er ikke derfor"),
        "blaere-tarm",
    ),
    # back pain told inside a "what if" is still the writer's (fourth review)
    (
        (
            "Jeg har 39 i feber og ondt i hovedet, hvad hvis mine rygsmerter er tegn på "
            "noget alvorligt?"
        ),
        "feber",
    ),
    # Training sets 120 and 121 (session 18)
    # "foden klapper ... i gulvet"
    (
        (
            "foden klapper ned i gulvet når jeg går og det er kommet i løbet af i dag, og"
            " lænden gør ondt"
        ),
        "svaghed",
    ),
    # "gået ned ... *størrelser"
    (
        (
            "min mor på 64 er gået ned to kjolestørrelser uden at være på kur, og hun har"
            " ondt i lænden"
        ),
        "vaegttab",
    ),
    # "vægten ... nedad"
    (
        ("jeg kan godt spise men vægten rykker nedad hver uge, og så ondt i lænden oveni"),
        "vaegttab",
    ),
    # a foot that will not lift, for weeks
    (
        (
            "jeg snubler over kantsten fordi foden ikke løfter sig helt, har været sådan "
            "i 3 uger og ondt i lænden"
        ),
        "nervetegn",
    ),
    # "ikke flyttet noget"
    (
        (
            "5 uger med lændesmerter på 8 ud af 10 og kat-ko og varmepuder har ikke "
            "flyttet noget som helst"
        ),
        "ingen-bedring",
    ),
    # "bedre bliver det ikke"
    (
        (
            "lænden har været helt skidt siden nytår, nu er vi midt i februar, bedre "
            "bliver det ikke og jeg kan knap tømme opvaskeren"
        ),
        "ingen-bedring",
    ),
    # "hjælper en skid"
    (
        (
            "3 uger med de værste rygsmerter i mit liv, hverken varme, kulde eller "
            "ibuprofen hjælper en skid"
        ),
        "ingen-bedring",
    ),
    # a chair that was not there
    (
        (
            "har skøre knogler efter overgangsalderen og satte mig ned på en stol der "
            "ikke var der. nu øm lænd"
        ),
        "fraktur",
    ),
    # Training sets 120 and 121 (session 18)
    # Training conversations 68 (session 18)
    # Review of session 18's additions
    # review: a back that hurts except lying down is a back that hurts
    (
        "Jeg har 39 i feber og ryggen gør ikke ondt når jeg ligger, men ellers meget",
        "feber",
    ),
    # review: the low back spared, the back not
    (
        (
            "Min mor på 84 faldt i går, lænden gør ikke ondt, men hun har voldsomme "
            "smerter midt på ryggen"
        ),
        "fraktur",
    ),
    # review: a past cancer counts, all clear or not
    (
        (
            "Jeg havde brystkræft for 3 år siden og fik all clear sidste år, men nu har "
            "jeg ondt i lænden om natten"
        ),
        "kraeft",
    ),
    # review: a past cancer counts
    (
        (
            "Jeg har haft prostatakræft, sidste scanning viste ingen kræft, men nu har "
            "jeg ondt i ryggen"
        ),
        "kraeft",
    ),
    # review: gaining weight advised is no reason for a loss
    (
        ("Lægen siger jeg skal øge vægten. Jeg har tabt 10 kilo siden jul og har ondt i ryggen"),
        "vaegttab",
    ),
    # review: "ett" (a spelling of "ikke") is passed by a gap; only "ikke" as written is not
    (
        "Jeg har tabt ett kilo om ugen siden jul uden at prøve og har ondt i ryggen",
        "vaegttab",
    ),
    # session 19: steroids taken for a long time, and back pain now, without a fall
    (
        "jeg har taget prednisolon i fire år for min astma, og nu har jeg fået ondt i lænden",
        "steroid-ryg",
    ),
    ("min far får binyrebarkhormon fast for sin gigt og har ondt i ryggen nederst", "steroid-ryg"),
    ("been taking prednisolone daily for years, now my lower back hurts", "steroid-ryg"),
    # what does not help denies nothing after it; a feeling not normal; people's word of me
    ("pamol hjælper ikke om natten, ryggen dunker og jeg får ingen søvn overhovedet", "natsmerter"),
    ("har ikke haft normal følelse i lilletåen i fem uger siden jeg fik iskias", "nervetegn"),
    ("har været på prednisolon de sidste 5 år pga crohns, nu gør lænden ondt", "steroid-ryg"),
    (
        "bruger inhalator og tager prednisolon fast for min KOL, nu voldsom smerte i lænden",
        "steroid-ryg",
    ),
    # session 20's review: legs weakening told by the comparative alone; a fever that
    # has not gone away is still there; no feeling for a while
    ("benene bliver svagere, og jeg har ondt i lænden", "svaghed"),
    ("jeg har ikke mærket mine fødder siden i går og benene bliver svagere", "svaghed"),
    ("har ikke haft følelse i benet siden i går og det bliver svagere, hvad gør jeg?", "svaghed"),
    ("havde feber i sidste uge og den er ikke gået væk, ondt i lænden, hvad gør jeg?", "feber"),
    ("jeg har ikke haft følelse i skridtet siden i morges, ondt i ryggen", "foelelsesloes-skridt"),
    # training set 124: the sense of touch gone; review: numbness still there days after a
    # drive, wetting unnoticed after a stomach bug
    ("følesansen i skridtet er forsvundet og lænden gør ondt", "foelelsesloes-skridt"),
    (
        "efter en lang køretur i lørdags er mit skridt stadig følelsesløst to dage efter",
        "foelelsesloes-skridt",
    ),
    ("maveinfektion for en uge siden, nu tisser jeg i bukserne uden at mærke det", "blaere-tarm"),
    # training set 125: a crash told as "bil mod bil"; steroids for months
    ("ulykke i morges, bil mod bil, og nu gør ryggen ondt", "traume"),
    ("been on prednisolone for 14 months and now my lower back hurts", "steroid-ryg"),
    # a denial's list ("ingen feber, vægttab eller kræft") stops at a question of its own
    (
        "ingen feber, kan det være farligt at skridtet er følelsesløst eller at benene er svage?",
        "foelelsesloes-skridt",
    ),
    # training sets 132 and 133 (signs shown by what people do or notice; older writers)
    # and their review: bones told thin, clothes grown big, a part that does not feel one's
    # own, weaker than a day named, water that will not come; a fall from a height that a
    # wife said was fine
    (
        "lægen siger mine knogler er tynde, og i morges faldt jeg på trappen, nu ondt i ryggen",
        "fraktur",
    ),
    (
        "mine bukser er blevet så store, jeg har ikke gjort noget for at tabe mig, ondt i lænden",
        "vaegttab",
    ),
    ("det føles som om min bagdel ikke tilhører mig, ondt i lænden", "foelelsesloes-skridt"),
    ("mit venstre ben er svagere end i går, og ryggen gør ondt", "svaghed"),
    (
        "faldt ned fra stigen 4 meter i dag, min kone sagde alt var fint, men ryggen gør ondt",
        "traume",
    ),
    ("fordi min far ikke selv kan komme af med vandet, ondt i ryggen", "blaere-tarm"),
    # training sets 134 and 135 (signs told in passing; told through time and change):
    # steroids since a season, the inner thighs, standing only when holding on
    ("min mor har taget prednisolon siden jul for sin gigt, nu ondt i ryggen", "steroid-ryg"),
    ("det sover inde på lårene og ondt i lænden", "foelelsesloes-skridt"),
    (
        "min mand kan kun stå hvis han holder fast, i går kunne han gå fint, ondt i ryggen",
        "svaghed",
    ),
    # review of session 22: bladder function lost, numbness with letters missed
    ("ondt i lænden, og jeg har mistet blærefunktionen siden i går", "blaere-tarm"),
    ("iskias og føleløshed i venstre ben i over en måned nu", "nervetegn"),
    # training set 139 (very short messages) and its review: steroids named daily before
    # the drug, terrible pain in more words of the kind
    ("daglig prednison for KOL, ryggen smerter", "steroid-ryg"),
    ("Jeg tager daglige prednisolon tabletter og har ondt i ryggen", "steroid-ryg"),
    ("hjemmeøvelser i 4 uger, stadig rædselsfuldt ondt", "ingen-bedring"),
    # training set 140 (signs told indirectly): feet that will not lift and were fine the
    # day before; thighs numb as if from an anaesthetic cream
    (
        "Jeg vågnede og kunne ikke løfte fødderne ordentligt, det er som om de er lavet af "
        "gummi. Det gik fint i går. Lænden gør ondt",
        "svaghed",
    ),
    (
        "inderlaarene foles som om de er smurt ind i bedovelsescreme, begge sider. ondt i lanen",
        "foelelsesloes-skridt",
    ),
    # training set 142 (signs told the way people tell them): a leg like a rubber hose,
    # Swedish legs that barely carry
    (
        "ondt i lænden og mit ben føles som en gummislange, worse and worse i løbet af dagen",
        "svaghed",
    ),
    (
        "Benen bär mig knappt längre, det har blivit sämre sedan i morse. Ont i ländryggen",
        "gangbesvaer",
    ),
    # training sets 143 and 144 (older writers and dialect; young writers and what one
    # cannot do any more): a leak not felt coming in English, a Norwegian "på do" not
    # felt, work trousers found wet, a test of feeling told with "hvis", legs that do not
    # carry him
    (
        "My back has been killing me since Monday and today I just... went in my pants "
        "without feeling it coming. 58M. Do I need the ER?",
        "blaere-tarm",
    ),
    (
        "Hei, jeg har hatt vondt i korsryggen i fire dager og i dag merket jeg ikke at jeg "
        "måtte på do før det var for sent.",
        "blaere-tarm",
    ),
    (
        "Jeg er tømrer og har haft ondt i ryggen siden mandag. I dag oppe på stilladset var "
        "mine arbejdsbukser pludselig våde og jeg havde ingen anelse om det.",
        "blaere-tarm",
    ),
    (
        "Hvis jeg knibser på indersiden af låret tæt på skridtet kan jeg ikke mærke det. "
        "Lænden har været rigtig dårlig.",
        "foelelsesloes-skridt",
    ),
    (
        "Min mand sidder fast i sofaen. Han gik fint i går, men i dag bærer benene ham ikke. "
        "Han har haft ondt i lænden.",
        "gangbesvaer",
    ),
    # training set 143: a numbing cream as a comparison; a knee that gives way more
    # often today than yesterday
    (
        "Inderlårene føles som om de er smurt ind i bedøvende creme, begge to, helt op til "
        "skridtet, og ryggen har været slem siden mandag",
        "foelelsesloes-skridt",
    ),
    (
        "hun har prolaps i ryggen og nu giver knæet efter under hende flere gange i dag end i går",
        "svaghed",
    ),
    # a fever gone that came back
    ("feberen forsvandt i går men kom igen i nat, ondt i lænden", "feber"),
    # its review and training set 99: the crotch joined to a numb leg, knee or thighs
    ("jeg er følelsesløs i benet og i skridtet, ondt i ryggen", "foelelsesloes-skridt"),
    ("jeg har mistet følelsen ved knæet og i skridtet efter et fald", "foelelsesloes-skridt"),
    # training set 145: a leak that will not be held; only a little squeezed out
    (
        "lænden er gået helt i baglås og nu drypper det bare hele tiden, jeg kan ikke holde på det",
        "blaere-tarm",
    ),
    # its review: the leak told first; a loss told beside a question of how
    ("kan ikke holde på det, det siver bare ud, ryggen er låst", "blaere-tarm"),
    ("jeg ved ikke om jeg skal tisse eller ej, mærker ingenting, ondt i lænden", "blaere-tarm"),
    ("har tabt 9 kg siden jul, hvordan taber man sig så meget? ondt i ryggen", "vaegttab"),
    # training set 146: no strength in a leg ("ikke kraft i", as "ingen kraft i"), since
    # this afternoon; a foot that begins to drop, or drops as one walks
    (
        "havde ikke kraft i venstre ben til at trykke koblingen ned i eftermiddags, i morges "
        "var det fint. lændesmerter. hvad sker der",
        "svaghed",
    ),
    ("min mors fod er begyndt at hænge, og hun har ondt i lænden", "svaghed"),
    ("min fod hænger når jeg går, og lænden gør ondt", "svaghed"),
    # its review: "ikke nogen kraft i", "no strength in" (as "ingen kraft i")
    ("der er ikke nogen kraft i benet i dag, og ryggen gør ondt", "svaghed"),
    ("I have no strength in my left leg anymore, lænden gør ondt", "svaghed"),
    # session 31's review: the need to go told as a need, not a walk to the toilet
    ("han mærker ikke længere når han har brug for at komme på toilettet", "blaere-tarm"),
    # session 33 and its review: a reason told with the toilet does not hide that one
    # cannot go; a sign told, then asked about as a symptom, is still told
    ("jeg kan ikke tisse fordi det gør så ondt i lænden", "blaere-tarm"),
    ("kan ikke pga smerter tisse siden i går", "blaere-tarm"),
    ("jeg kan ikke sove fordi jeg ikke kan tisse, ryggen gør ondt", "blaere-tarm"),
    ("kan ikke tisse, et symptom på prolaps??", "blaere-tarm"),
    ("benet bliver svagere og svagere for hver time, er det et symptom på prolaps?", "svaghed"),
    ("Feber på 39 og ondt i lænden, er det et symptom på nyrebækkenbetændelse?", "feber"),
    ("kan ikke tisse eller sove pga smerterne", "blaere-tarm"),
    ("kan ikke sove eller tisse pga smerter", "blaere-tarm"),
    ("cant sleep because my bladder wont empty", "blaere-tarm"),
    (
        "er det et tegn på cauda equina at man ikke kan mærke skridtet? det kan jeg nemlig ikke",
        "foelelsesloes-skridt",
    ),
    # session 34, training set 148: numb told as deaf; strength going, told against what
    # the legs could two days ago; a passing told and denied; no better than a month ago
    ("min kone er helt døv mellem benene og har ondt i lænden", "foelelsesloes-skridt"),
    ("hun siger skridtet er døvt, og ryggen gør ondt", "foelelsesloes-skridt"),
    ("kraften i mine ben forsvinder, kan ikke gå på trapper som jeg kunne i forgårs", "svaghed"),
    ("benene er svage og han kan ikke rejse sig som han kunne i mandags", "svaghed"),
    (
        "har haft sovende ben og udstråling i 6 uger, lægen sagde det gik over men det gør"
        " det ikke",
        "nervetegn",
    ),
    (
        "føleforstyrrelser i benet i 4 uger, fysen sagde det gik væk men det har det ikke,"
        " ondt i lænden",
        "nervetegn",
    ),
    (
        "lændesmerterne er lige så slemme som for en måned siden, kan næsten ikke fungere",
        "ingen-bedring",
    ),
    # its review: "døv" typed without ø; what the first version of the change lost (a
    # hospital stay and something heard, with a sign now; "der er noget med at" telling
    # one's own)
    ("dovt i skridtet", "foelelsesloes-skridt"),
    ("min kæreste endte på skadestuen, han kan ikke tisse", "blaere-tarm"),
    ("jeg hørte at min far ikke kan tisse i dag, han er på vej på hospitalet", "blaere-tarm"),
    ("der er noget med at jeg ikke kan holde på vandet mere", "blaere-tarm"),
    # the second review: "døv" right by the place; a pain as bad as weeks ago in English;
    # a "nu" that is a time, not a particle
    ("tissemanden er helt døv", "foelelsesloes-skridt"),
    ("foden er helt døv og har været det i 3 uger", "nervetegn"),
    ("my pain is still as bad as 6 weeks ago", "ingen-bedring"),
    # the third review: what a first version of it lost (a cause asked about, a "nu" before
    # "er det normalt?")
    (
        "min mor er 85 og hendes ben er blevet meget svagere siden i går, er det af alderen?",
        "svaghed",
    ),
    ("jeg kan ikke tisse nu, er det normalt?", "blaere-tarm"),
    ("har 39 i feber nu, er det normalt med rygsmerter?", "feber"),
    (
        "for en uge siden var det nu at jeg mistede følelsen i skridtet, og det er ikke"
        " kommet igen",
        "foelelsesloes-skridt",
    ),
    # session 35: a review of a rule that read "værre når/ved/efter ..." as what
    # aggravates the pain found it hid these (the rule was dropped): pain not better or
    # worse over weeks, whatever also makes it worse
    ("mine lændesmerter er blevet værre og værre de sidste 3 uger", "ingen-bedring"),
    ("ikke bedre efter 6 uger, værre når jeg sidder", "ingen-bedring"),
    ("udstrålingen bliver værre når jeg går, har haft den i 6 uger", "ingen-bedring"),
    ("det er blevet værre efter 2 måneder", "ingen-bedring"),
    ("pain getting worse when I walk, had it 2 months, not improving", "ingen-bedring"),
    # training set 149: steroids taken regularly and a stab of pain (a noun: "et jag");
    # numbness on the bike that does not go when one gets off
    (
        "tager binyrebarkhormon fast pga min gigt og fik pludselig et voldsomt jag i ryggen"
        " da jeg bøjede mig efter avisen",
        "steroid-ryg",
    ),
    (
        "skridtet er følelsesløst og det går ikke væk når jeg står af cyklen, ondt i ryggen",
        "foelelsesloes-skridt",
    ),
    # a review found a rule for numbness that "går væk når jeg står af" (the bike) hid
    # these (the rule was dropped)
    (
        "følelsesløs i skridtet på cyklen, det går væk når jeg står af, men siden i går er"
        " det blevet ved",
        "foelelsesloes-skridt",
    ),
    (
        "my crotch goes numb on the bike and goes away when I get off, but today it didn't go away",
        "foelelsesloes-skridt",
    ),
    # session 36: back pain new at 70 or more, told in the words of training sets 1-149
    ("jeg er 78 og har fået ondt i lænden for første gang i mit liv", "ny-ryg-alder"),
    ("Min far er 82 og har pludselig fået ondt i lænden, ellers er han frisk", "ny-ryg-alder"),
    ("min kone er 71 og har fået ondt i lænden helt ud af det blå", "ny-ryg-alder"),
    ("oldefar 91, nyt ondt i lænden", "ny-ryg-alder"),
    ("78 år, ny smerte i lænden", "ny-ryg-alder"),
    (
        "Min bedstemor på 86 er begyndt at klage over ondt i den nederste del af ryggen",
        "ny-ryg-alder",
    ),
    (
        "Mormor (82) siger det bare er alderdom, men hun har haft ondt i lænden i en uge nu og"
        " det er nyt for hende",
        "ny-ryg-alder",
    ),
    (
        "Jeg er 76 og har fået ondt i lænden i denne uge uden at have gjort noget særligt",
        "ny-ryg-alder",
    ),
    ("my grandma is 85 and has back pain for the first time", "ny-ryg-alder"),
    # ... and in the words of the first review's probes
    ("Jeg er 74 år og har aldrig haft ondt i ryggen før, men nu gør det ondt", "ny-ryg-alder"),
    ("jeg er 74. Jeg har aldrig haft ondt i ryggen før. Nu har jeg ondt i lænden", "ny-ryg-alder"),
    ("jeg er 78 og har fået ondt i lænden, det har jeg aldrig haft før", "ny-ryg-alder"),
    ("jeg er 78 og har fået ondt i lænden, og det er helt nyt", "ny-ryg-alder"),
    ("jeg er 81 og har nye rygsmerter", "ny-ryg-alder"),
    ("My dad is 81 and has new back pain", "ny-ryg-alder"),
    ("min 80 årige far har fået ondt i ryggen for første gang", "ny-ryg-alder"),
    ("jeg er 77 og har fået ondt i lænden ud af det blå, det er værst når jeg går", "ny-ryg-alder"),
    # back pain just begun at 70 or more, with no cause told (training sets 129-150)
    ("Jeg er 81 år og har fået ondt i lænden. Hvad kan jeg selv gøre?", "ny-ryg-alder"),
    (
        "Min far er 78 og har fået ondt i lænden for en uge siden uden at have løftet noget",
        "ny-ryg-alder",
    ),
    (
        "my dad is 78 and started having lower back pain last week, never had it before",
        "ny-ryg-alder",
    ),
    (
        "far er 73 og fik pludselig ondt i lænden da han løftede barnebarnet, han har osteoporose",
        "ny-ryg-alder",
    ),
    # session 37, the second review's probes: "pludselige", "akutte", the newness told
    # first or in a sentence of its own
    ("Jeg er 76 og har pludselige smerter i lænden", "ny-ryg-alder"),
    ("Jeg er 80 med akutte lændesmerter, hvad gør jeg?", "ny-ryg-alder"),
    ("Jeg er 74 og det er første gang i mit liv at jeg har så ondt i ryggen", "ny-ryg-alder"),
    (
        "Min far er 81. De sidste dage har han haft ondt i lænden. Det er helt nyt for ham.",
        "ny-ryg-alder",
    ),
    # the second look: only named outings are a cause; a long night is none
    ("Jeg er 75 og har fået ondt i lænden efter en lang nat", "ny-ryg-alder"),
    # session 46 (training set 176): legs that refuse, carried to the toilet
    ("benene nægter at bære mig, ryggen er helt låst", "gangbesvaer"),
    ("Min kæreste har måttet bære mig rundt i dag, ondt i ryggen", "gangbesvaer"),
    ("i dag måtte min kæreste nærmest bære mig ud på toilettet, ondt i ryggen", "gangbesvaer"),
    # a leak from laughing clears only that leak, not the retention told after it
    (
        "jeg grinede så meget at jeg tissede i bukserne, og siden har jeg ikke kunnet tisse."
        " ondt i ryggen",
        "blaere-tarm",
    ),
    # the review's probes: "så en episode" is also "then an attack"; a training programme;
    # another person's denial
    ("Jeg fik så en episode i nat hvor jeg tissede i sengen uden at mærke det", "blaere-tarm"),
    (
        "Jeg har så haft en episode i dag hvor jeg ikke kunne holde på vandet, ondt i ryggen",
        "blaere-tarm",
    ),
    (
        "Jeg startede på et program hos fysio om rygtræning i går, hvor jeg pludselig ikke"
        " kunne holde på vandet",
        "blaere-tarm",
    ),
    ("Jeg kan ikke holde på vandet, og min kone har ikke selv noget af det", "blaere-tarm"),
    # the writer's own evening in front of the screen
    (
        "så fodbold på tv i går hvor jeg pludselig ikke kunne holde på vandet, ondt i ryggen",
        "blaere-tarm",
    ),
    # session 53: another person's condition as the subject, by a genitive
    (
        "Min fars iskias har varet i 2 måneder. Han har stadig prikken i foden og benet er"
        " svagt, det er ikke blevet bedre.",
        "nervetegn",
    ),
    # both legs not felt now
    ("jeg kan ikke mærke mine ben og har ondt i ryggen", "svaghed"),
    # the one the writer cannot lift is no subject of what is told after
    (
        "lændesmerter så voldsomme at jeg ikke kan løfte min datter op, det har stået på siden"
        " midten af forrige måned, ingen forbedring trods øvelser",
        "ingen-bedring",
    ),
    # not a drop, then the bladder (a session-52 review probe)
    (
        "cant get a single drop out even tho my bladder feels like its bursting, back hurts",
        "blaere-tarm",
    ),
    # no stream of urine comes
    ("når jeg skal tisse kommer strålen ikke, ondt i lænden", "blaere-tarm"),
    # both legs not felt, in a phone's words
    ("Jeg kan ikke mærke min ben og ryggen gør ondt", "svaghed"),
    ("kan ikke mærke noget i mine ben fra hoften og ned, ondt i lænden", "svaghed"),
    # a walking aid needed, told sudden in the next clause
    (
        "Jeg har måttet bruge min søns gamle krykker i dag for at komme fra stuen til"
        " køkkenet, det kom helt pludselig. Ondt i ryggen",
        "gangbesvaer",
    ),
    # pain told just as it was, after six weeks
    (
        "fysioterapeuten har behandlet mig i 6 uger men smerterne i lænden er præcis de samme",
        "ingen-bedring",
    ),
    # ... while "på 6 uger" after no baby is a duration
    ("det er ikke blevet bedre på 6 uger og smerterne er forfærdelige", "ingen-bedring"),
    (
        "min bedstemor ligger på gulvet og siger hun ikke kan mærke sine ben, hun har haft"
        " ondt i ryggen i dag",
        "svaghed",
    ),
]
LOOK_ALIKES_FROM_TRAINING_SETS = [
    # session 53's review: a slow stream, pain no longer down the leg, legs as the subject of
    # what is not noticed, weeks of a pregnancy
    "strålen kommer ikke rigtig i gang med det samme, jeg skal stå og vente lidt, ondt i ryggen",
    "strålen kommer ikke længere ned i benet, nu sidder smerten kun i lænden",
    "kan ikke mærke at mine ben bliver trætte når jeg går, men lænden er øm",
    "jeg er gravid på 7. uge og har ondt i lænden, ikke bedre",
    # session 53: no radiating pain is no missing stream
    "nu har jeg lidt ømhed i lænden efter havearbejde, der kommer ingen stråler ned i benet",
    # session 53: a baby's age in weeks is no duration of pain
    "vores baby på 6 uger har kolik og skriger hele aftenen, hvad gør vi",
    # session 53: legs not felt under a spinal anaesthetic; one's legs told apart
    "Min mand er lige blevet knæopereret i rygbedøvelse og kan ikke mærke sine ben endnu, og"
    " jeg har selv fået ondt i lænden af at hjælpe ham",
    "kan ikke mærke forskel på mine ben, men lænden er øm",
    # session 45: drink behind unsteady legs; checking for fever as advice; a seat praised
    # as sitting on a cloud
    "han vakler og falder når han har drukket, og så har han ondt i ryggen dagen efter",
    "min mor siger man skal tjekke om man har feber når man har ondt i ryggen",
    "vores nye kontorstol er så behagelig, det er som at sidde på en sky, min ryg er glad",
    "kiloene ryger fordi jeg er på kur, og jeg har ondt i lænden efter løb",
    # session 44: laughter told with the leak it brought; a child wetting the bed now and
    # then; an explanation after an emoji; a denial right before an emoji goes on past it;
    # a little weight lost after an operation
    "min datter grinede så meget hun tissede lidt i bukserne haha, hun har ondt i lænden",
    "min søn på 8 tisser i sengen en gang imellem. jeg selv har ondt i lænden",
    "jeg er bange for at jeg ikke kan tisse hvis det bliver værre, jeg har ondt i lænden",
    "ingen 😅 problemer med at tisse, bare ondt i ryggen",
    # a child's fall that did no harm, told in the present (training set 171)
    "min søn faldt ned fra klatrestativet i går, men han har ikke ondt nogen steder og løber"
    " rundt. selv har jeg ondt i lænden",
    "har ikke 🙏 tabt mig, men har ondt i lænden",
    "tabte noget vægt efter operationen, og nu har jeg ondt i lænden. hvad må jeg træne?",
    "tissede lidt i bukserne da jeg nøs 🙈 efter fødslen, det er vist normalt. ondt i ryggen",
    # session 43: a lift is everyday: with fragile bones a sign only with back pain told;
    # without them, no sign
    "min mor har knogleskørhed, hun løftede barnebarnet i går og har det fint",
    "jeg er 50 og løftede en kasse øl i går, nu har jeg ondt i lænden",
    "jeg har knogleskørhed, hvor tungt må jeg løfte?",
    # the review of session 43: a lift of one whose bones are fragile; steroids for
    # pain elsewhere; a short name or word one letter short of a danger word
    "jeg løftede min mor som har knogleskørhed og nu har jeg ondt i lænden",
    "har taget prednisolon for ondt i knæene i 2 år",
    "Kisa har ondt i ryggen og kan ikke komme op",
    # a leg weak yesterday and normal today
    "I går aftes var benet lidt svagt efter en lang cykeltur, men i dag er det helt normalt"
    " igen. Lænden er lidt øm",
    # training set 146's review: tired legs, and a foot that hangs over the bed's edge
    "har ikke kræfter til at træne ben i dag, bare træt, og lænden er øm",
    "min fod hænger ud over sengekanten når jeg sover, ondt i lænden",
    "no strength in my legs after the marathon, and my back is stiff",
    "jeg har ikke brug for at komme på toilettet om natten, men ryggen gør ondt",
    # training set 142: a three-year-old not dry at night yet; its review: a heat pad
    # that no longer feels warm
    "Jeg har varmepuden mellem benene, og den føles ikke varm længere. Ondt i lænden",
    # the review of training sets 143 and 144: a what-if about the pedals, a wish that
    # cannot be fulfilled fast enough
    "Hvis jeg trykker speederen ned og benet svigter, skal jeg så stoppe med at køre?",
    "det kan ikke gå hurtigt nok med at blive rask, ryggen er øm",
    # the review of training set 143's words: an old knee injury that gives way
    "Jeg har en gammel knæskade, så nogle gange giver knæet efter, og nu har jeg også ondt i "
    "lænden",
    # a fever told gone by "den" (a floor's look-alike)
    "Jeg har været nede med influenza og feber, men den forsvandt for en uge siden. Nu har "
    "jeg ondt i lænden efter at have ligget i sengen i dagevis. Øvelser?",
    # a numb leg and pain, not numbness, in the crotch
    "følelsesløs i benet og ondt i skridtet",
    "Mit barnebarn på 3 kan ikke holde sig tør om natten endnu og jeg har ondt i lænden af at "
    "løfte hende",
    # training set 139's review: a short daily course; a terrible film, not pain
    "Fik daglig prednisolon i 1 uge pga astma, ondt i ryggen",
    "daglig prednisolon i et par uger for eksem, nu ondt i ryggen",
    "Så en rædselsfuld gyserfilm i nat, ryggen er lidt øm efter sofaen",
    # nerve signs for weeks that are getting better now
    "har haft prikken i benet i 2 måneder, men det går den rigtige vej",
    # steroids only planned or proposed, or handed out by the writer at work
    "Som sygeplejerske giver jeg prednisolon til patienter hver dag og har ondt i ryggen",
    "Lægen vil starte mig på prednisolon i flere måneder, jeg har ondt i ryggen",
    "Min læge foreslår prednisolon i lang tid, men jeg har ikke startet, ondt i ryggen",
    # training sets 28 and 29
    # A slow tumble into a hedge is no high-energy accident; sitting in traffic none.
    "ondt i lænden efter et cykelstyrt i ca 10 km/t ind i en hæk",
    "sidder i trafik 1,5 time hver vej og min lænd er stiv når jeg kommer hjem",
    # What some people write is no one's sign.
    "nogle skriver man skal til lægen ved nattesmerter, hvad menes der med det?",
    # Sweating explained by a new duvet; "ude at skide" is being lost.
    "sveder om natten men det er fordi vi har fået ny dyne, har lidt ondt i lænden",
    "jeg var helt ude at skide og kan ikke huske hvordan man laver bird dog",
    # Months of bad sleep are no months of bad pain.
    "har sovet elendigt i flere måneder, og nu har jeg fået ondt i lænden",
    # hard training sets 30 and 31
    "kan jeg risikere at miste kraften i benene hvis jeg løfter tungt? har bare ondt i lænden",
    "jeg vågner stiv om morgenen. er det det man kalder nattesmerter?",
    "er rød i hovedet fordi jeg lige har været i sauna, og har ondt i lænden",
    "kan ikke gå så langt som før, lænden bliver stiv, sådan har det været i et par år",
    # hard training sets 32 and 33
    "har nattesved pga overgangsalderen og lidt ondt i lænden efter yoga",
    "jeg sveder om natten fordi min dyne er for varm, og har lidt ondt i ryggen",
    # hard training sets 34 and 35
    "kan ikke sove om natten fordi min mand snorker, og lænden er stiv om morgenen",
    "var hos lægen for 3 mdr siden fordi jeg ikke kunne tisse, nu har jeg ondt i ryggen",
    "jeg sveder om natten under vores nye dundyne, lænden er øm",
    "har tabt mig lidt, men det er ramadan. ryggen er øm",
    "faldt på isen i januar, er 75, ryggen blev tjekket og den var fin",
    "mine ben sover på toilettet, det går over med det samme. lænden er øm",
    "mine ben ryster efter benpres og lænden er øm dagen efter",
    "my physio mentioned something called cauda equina, jeg har kun lidt ondt i lænden",
    "jeg er 72 og nervøs for at falde på isen og ødelægge ryggen",
    "er der en udstrækning jeg kan lave i sengen om morgenen? ondt i lænden",
    # hard training sets 36 and 37
    "drømte at jeg ikke kunne gå og vågnede panisk. lænden er lidt stiv",
    "havde iskias og et svagt ben i foråret, men har været helt symptomfri i 3 mdr nu",
    # hard training sets 38 and 39
    "en fra bandet viste mig noget med at gå på alle fire, ryggen er stiv",
    "så en tiktok om cauda equina og nu er jeg bange, har bare lidt ondt i lænden",
    "jeg er bange for at jeg ender med ikke at kunne holde på vandet, har ondt i lænden",
    "gik 25 km i går og i dag går jeg som en pingvin fordi lårene er så ømme",
    # hard training sets 40 and 41
    "ville feber sammen med ondt i lænden være noget man skulle reagere på?",
    "I keep googling cauda equina and freaking out, just lower back pain",
    "hva om jeg får nummenhet i skrittet? har ondt i lænden",
    # hard training sets 42 and 43
    "vi havde om cauda equina i dag, hvilke symptomer er det man skal kende? har rygsmerter",
    "troede et øjeblik jeg havde tisset i bukserne, men det var kaffe. ondt i lænden",
    # hard training sets 44 and 45
    "kan vægttab have noget med rygsmerter at gøre?",
    "har tabt 3 kg fordi jeg ikke kunne spise under maveinfluenzaen, nu har jeg ondt i ryggen",
    "siden min anden fødsel har jeg lækket lidt tis når jeg nyser. nu har jeg ondt i lænden",
    "efter et hold i sidste måned havde jeg svært ved at gå i to dage, men nu er jeg ok igen",
    # hard training sets 46 and 47
    "benene er helt møre efter leg day, og lænden er øm, kan knap gå ned ad trappen",
    # session 39, probes of my own: squats as leg day; "a bad back" is no bad pain
    "kan dårligt gå op ad trappen efter squats i går, og lænden er lidt øm",
    "I've had a bad back for years and it's not improving, what exercises help?",
    "kein Fieber, aber lænden er stiv om morgenen",
    "det er kræft at have ondt i ryggen med to små børn, hvordan bliver jeg hurtigt bedre?",
    # hard training sets 48 and 49
    # Sacks "som skal bæres ind" are things carried, not a person.
    "købte 40 sække som skal bæres ind i haven, og sidste forår fik jeg ondt i lænden af det",
    "har tabt 12 kg med vægtstop siden nytår, og min ryg har det meget bedre",
    "har tabt 9 kilo under min skilsmisse, kunne ikke få en bid ned, og nu har jeg ondt i"
    " lænden efter flytningen",
    "læste på nettet om følelsesløshed i skridtet ved prolaps, men alt føles normalt."
    " Ondt i lænden",
    "sveder om natten fordi der er 28 grader i soveværelset, og lænden er øm om morgenen",
    "min mor siger jeg skal tjekkes for kræft fordi min ryg har gjort ondt i 3 dage efter fodbold",
    # hard training sets 50 and 51
    "lænden er varm og rød efter varmepuden, har jeg feber i ryggen? haha",
    "googlede rygsmerter og nu er jeg bange for cauda equina, men jeg kan tisse fint",
    # A "now" in a sentence that only speaks of the sign makes no one's sign.
    "hvad gør man hvis man pludselig ikke kan holde på tis når man har ondt i ryggen? vi havde"
    " om det i skolen i dag",
    # hard training set 52: the leak of pregnancy is long-standing stress incontinence
    "har lækket lidt tis når jeg hoster hele graviditeten, og nu har jeg ondt i lænden",
    # hard training sets 54 and 55
    "har lige haft influenza med 39 i feber, den har været væk i 2 dage nu, men lænden er øm",
    "jeg er blevet paranoid for cauda equina efter en podcast, har bare et hold i ryggen",
    "lægen vil have at jeg taber 8 kg pga blodtrykket, jeg har ondt i lænden",
    "tjekker hele tiden om jeg har mistet følelsen i benene, men jeg kan mærke alt "
    "helt normalt. ondt i ryggen",
    "hvad hvis man en dag ikke kan holde på vandet? rent teoretisk, og nu går jeg og tænker på det",
    # hard training sets 56 and 57
    "er det farligt hvis man har feber og ondt i ryggen samtidig? er bare nysgerrig, "
    "jeg har det selv fint",
    "hvad gør man hvis man pludselig ikke kan gå og har ondt i ryggen? vil bare være "
    "forberedt, min far har en dårlig ryg",
    "lægen spurgte om jeg havde feber, havde tabt mig eller haft kræft, og det har "
    "jeg ikke. hvorfor spørger de om det når man har ondt i ryggen?",
    "kan ikke gå ret langt før det gør ondt i lænden, sådan har det været i et par "
    "år, lægen siger slid",
    "hvad betyder det hvis man ikke kan styre sin blære spørgsmålstegn vi havde det "
    "om på studiet i dag",
    "min mor på 80 vil gerne lave øvelser men kan ikke komme ned på gulvet, hun har ondt i lænden",
    # hard training sets 58 and 59
    "mit skridt sover lidt efter 90 min spinning, men det går væk efter 10 min, det "
    "har det altid gjort. lidt ondt i lænden",
    "for 2 år jeg har bil ulykke, nu alt ok, læge sige fint. ryg lidt stiv",
    "mit knæ gav efter fordi jeg trådte i et hul, ellers er benene helt normale. lænden er øm",
    "i radioen sagde de at feber og rygsmerter betyder man skal til lægen. jeg har "
    "ingen af delene, men vil gerne vide mere",
    "jeg vågner om natten når jeg vender mig i sengen, fordi lænden giver et jag, så "
    "falder jeg i søvn igen",
    # hard training sets 60 and 61
    "efter en lang tur på racercyklen er jeg lidt følelsesløs i numsen, men det går "
    "væk efter 10 min",
    "min kollega blev akut opereret for prolaps fordi han ikke kunne mærke når han "
    "skulle tisse. hvordan ved man det?",
    "og ved feber?",
    "kan ikke sove om natten pga tankemylder, ryggen er lidt øm",
    "sidder 8 timer i callcenter og kan knap nok komme op af stolen til frokost, lænden verker",
    "når jeg laver bird dog vælter jeg ud til siden, og ryggen bliver helt skæv",
    # hard training sets 62 and 63
    "skal tisse tit om natten fordi jeg er gravid i 6. måned, og så har jeg ondt i lænden",
    "i oktober kunne jeg ikke mærke min fod i nogle dage pga iskias, men den har "
    "været helt normal siden november",
    "jeg har tennisalbue i venstre arm, så jeg kan ikke rigtig støtte på den. hvordan"
    " laver man kat-ko?",
    # hard training sets 64 and 65
    "har tjekket det med blæren og følelsen forneden, alt er som det plejer, bare "
    "ondt i lænden efter havearbejde",
    # training sets 66-68 and conversations 31-35
    "Hvad gør man hvis man ikke kan holde på vandet og har dårlig ryg? Bare så jeg ved det",
    "løb ultraløb i weekenden og benene var kraftløse bagefter, nu er lænden bare stiv",
    "læste noget om at man ikke kan tisse ved prolaps. Det kan jeg heldigvis fint",
    "I was in a car crash as a kid, totally fine ever since, now my back is sore after moving",
    "er glohed og drivvåd efter hot yoga og lænden er lidt øm",
    "ondt i lænden i to uger, ikke meget bedre men heller ikke værre, skal jeg melde mig syg "
    "eller gå på arbejde",
    "jeg er 66 og jeg vakler med balancen i bird-dog, hvad skal den gøre godt for?",
    "lægen siger det vil hjælpe på min ryg at tabe 10 kilo, hvad skal jeg spise?",
    "efter hold i ryggen sidste år har jeg droppet dødløft, er push pull legs bedst?",
    "hunden skal opereres så vi har næsten ikke gået ture i en måned, nu er min lænd stiv",
    "er det iskias når det kun sidder i lænden og slet ikke går ned i benet",
    "arbejder på vaskeriet, vi løfter våde dyner og lagner hele dagen, og nu har jeg ondt i lænden",
    "har siddet bag rattet i 20 år. siden i forgårs har jeg prikken ned i benet og under foden",
    "jeg arbejder nat og løfter tungt hele natten, og lænden er helt smadret bagefter",
    # training sets 69-70 and conversations 36-37
    "min nakke er helt låst efter jeg sov skævt i nat, hvad gør jeg?",
    "har tabt et par kilo efter jeg er begyndt at cykle til arbejde, og lænden er lidt øm",
    "kan jeg ikke bare gå nogle ture i stedet",
    "i bird-dog vælter jeg hele tiden om på siden, jeg er 74, gør jeg noget forkert?",
    # an animal's own sign (the clause's subject) is no one's
    "vores gravhund slæber pludselig med bagbenene, kan det være ryggen?",
    "min hund kan pludselig ikke gå på bagbenene, og jeg har selv lidt ondt i lænden",
    # training sets 71-72 (acute signs told as consequences) and conversations 38
    "kan hold i ryggen give inkontinens?",
    "min fysioterapeut nævnte noget med følelsesløshed i skridtet som et faresignal, hvad betød "
    "det?",
    "mit ene ben er svagt fordi jeg fik nyt knæ for 2 måneder siden, og nu har jeg ondt i lænden",
    "hvorfor spørger lægen altid om jeg har tabt mig, når jeg kommer med ondt i ryggen?",
    "jeg har MS og lidt nedsat følelse i venstre fod i mange år, uændret; nu ondt i lænden",
    # legs that 'var helt væk' are no pain that went away
    "benene var helt væk i går efter løbet, men nu går jeg fint igen, lidt ondt i lænden",
    # training sets 73-74 (signs told as a change over days) and conversations 39
    "får altid kuldegys når jeg vinterbader, ingen feber, er det godt for en øm lænd?",
    "vågnede i nat fordi jeg var faldet i søvn skævt i sofaen, lænden var stiv, nu er den fin",
    "havde rigtig ondt i 6 uger i vinter men nu er det næsten væk, kan fys forhindre det kommer "
    "igen?",
    "har 40 sække spagnum som skal bæres ind i haven, hvordan skal jeg løfte dem?",
    # training sets 75-76
    "ny medicin tager appetitten, så jeg har tabt et par kilo som forventet, ryggen er lidt øm",
    # 'da jeg var' dates an event, it is no years-ago
    "jeg tissede i sengen da jeg var pissefuld i lørdags og faldt i søvn på sofaen, lidt ondt i "
    "ryggen",
    # training sets 77-78
    "hoppede i trampolinen med ungerne og landede lidt skævt, nu er lænden øm",
    "blev kørt ned af en bil som 20 årig og har haft en træls ryg siden, hvilke øvelser er gode?",
    "faldt på ski i februar, blev scannet, nu er jeg 100 procent fin igen, vil gøre ryggen "
    "stærkere",
    # training sets 79-81
    "så et klip af et motorcykeluheld på nettet, kan man få ondt i ryggen af sådan et?",
    "jeg har fået ondt i lænden af at skifte sengetøj på alle børnenes senge",
    "jeg er 34 og hostede meget i sidste uge, nu er lænden lidt øm",
    "jeg kørte gaffeltruck hele dagen og har ondt i lænden",
    "er på en kort kur prednisolon for bronkitis og har ondt i ryggen af at have hostet meget",
    # training sets 82-83
    "I fell off the trampoline, half a metre, and my lower back is stiff now",
    "my lower back is sore after shoveling snow all day",
    "hvilke øvelser kan jeg lave på gulvet mens babyen kravler rundt? ondt i lænden",
    "Jeg vågner om natten fordi min datter græder, ikke pga ryggen, men ryggen er stiv om morgenen",
    "pissede næsten i bukserne af grin til festen, nu ondt i ryggen af at danse",
    # training sets 84-85
    "fik 38 i feber efter min vaccination i går og har lidt ondt i ryggen",
    "benene føles som bly efter benpas i fitness i går og lænden er lidt øm. gør styrketræning "
    "det værre?",
    # training set 84
    "vi havde førstehjælpskursus, og de nævnte cauda equina. hvad er symptomerne?",
    # training set 87
    "har tabt 3 kilo fordi jeg har droppet sodavand, og har ondt i lænden efter havearbejde",
    # training sets 88 and 89: "not even" still denies; a disability from years ago stays
    # past though told in the present
    "jeg har ikke engang feber, men ryggen gør ondt",
    "han kan ikke gå efter ulykken for 5 år siden, hvilke øvelser kan han lave for ryggen?",
    # a tumble with the bike is no stumbling; a fall that did no harm
    "er 30 og væltede på cyklen i lav fart, slog hoften let og har nu lidt ondt i lænden",
    "min søn på 8 faldt af trampolinen men landede på måtten og løb videre, han har ingen smerter",
    # conversations 46 and 47: sitting on the toilet is the back's pain; an accident "ovre i
    # mange år"
    "bro min lænd er cooked efter leg day og nu kan jeg knap sidde på lokum",
    "Jeg var i en bilulykke for 8 år siden og fik piskesmæld, men det har været ovre i mange"
    " år. Nu har jeg ondt i lænden efter en lang flyvetur.",
    # stories of conversations 46-48 (see docs/safety.md)
    "Han cyklede 80 km i weekenden og nu kan han ikke rigtig stå rank, ondt lige i lænden.",
    "Ryggen er stiv som et bræt når jeg kravler ud af førerhuset.",
    "jeg sidder 10 timer bag rattet og har købt en lændepude til sædet, men kan ikke mærke den"
    " store forskel",
    "Børnebørnene har været her hele ferien og jeg har kravlet rundt på gulvet med dem. Nu er"
    " lænden stiv og øm",
    "Han er ikke følelsesløs nogen steder, kan tisse og gå normalt, han er bare sur over at han"
    " ikke kan komme op i traktoren. Ondt i ryggen.",
    "Jeg har haft tilbagevendende lændesmerter siden jeg fik nr 2 for to år siden. Hvad skal jeg"
    " kigge efter når jeg skal vælge en fysioterapeut?",
    "Jeg har ondt i lænden, og jeg har læst en masse skræmmende ting på nettet om folk der ikke"
    " kan holde på vandet.",
    "Jeg har ondt i lænden. Min svigermor skræmte mig med at man kan miste kontrollen over blæren.",
    "For 3 år siden blev jeg opereret akut fordi jeg ikke kunne tisse og var følelsesløs i"
    " skridtet. Det er heldigvis helt væk.",
    # training set 91: a word someone named is asked about
    "min yogalærer nævnte noget der hed ridebukseanæstesi, hvad er det?",
    # conversations 49: a weight loss explained once is explained when told again
    "Jeg har tabt 12 kilo på et halvt år med kostomlægning og motion (helt med vilje!). Men nu"
    " hvor jeg er begyndt at løbe har jeg fået ondt i lænden. Jeg troede det ville blive bedre"
    " når jeg tabte mig??",
    # a sign told in the past, or months ago, does not run from its event: only a sign whose
    # own verb is in the present, weeks after
    "min mor er 80 og kunne ikke gå efter operationen for 2 måneder siden, nu har hun ondt i"
    " lænden",
    "det er sådan at jeg ikke kunne tisse efter operationen for 2 måneder siden, men nu har jeg"
    " ondt i ryggen",
    "han kan ikke gå efter ulykken for 8 måneder siden, hvilke øvelser kan han lave for ryggen?",
    # blind set 32, once a floor: the back "fejler ikke noget"; a dream; pads changed at work
    "har feber pga en forkølelse men ryggen fejler ikke noget. hvordan forebygger jeg ondt i"
    " lænden?",
    "Drømte i nat at jeg ikke kunne gå, vågnede med lidt ondt i lænden men går helt fint.",
    "jeg arbejder på plejehjem og skifter inkontinensbleer hele dagen og får ondt i lænden.",
    # training sets 92-94 and conversations 50-51
    # An "og" and a past verb go on at the date before them.
    (
        "Min mormor fik en prolaps for 20 år siden og kunne ikke tisse i en periode, hun blev "
        "opereret og har det fint. Hvad giver egentlig en prolaps?"
    ),
    # Fiction is nobody's sign.
    (
        "hvad gør man hvis man pludselig ikke kan gå pga ryggen? spørger for en ven der skriver en "
        "novelle"
    ),
    # Soiling with a stomach flu.
    (
        "Min yngste har maveinfluenza og har lavet i bukserne i børnehaven, og jeg har fået ondt i "
        "lænden af at løfte ham op og ned. Hvad kan jeg gøre?"
    ),
    # Gone again when one walked.
    (
        "følelsesløs i numsen efter 4 timer på en hård bænk i toget, gik over da jeg havde gået "
        "lidt. "
        "hvordan undgår jeg stiv ryg på lange rejser?"
    ),
    # A hectic week is no fever.
    (
        "Det har været en feberhed uge på jobbet med deadlines og stress og nu er ryggen spændt "
        "som "
        "en flitsbue. kan stress give ondt i lænden?"
    ),
    # The kid's fever and my back.
    (
        "Ungen har feber og jeg har siddet oppe med hende hele natten, nu har JEG ondt i lænden af "
        "at "
        "sidde skævt i lænestolen. tips?"
    ),
    # "er der ingen feber" denies the fever after it.
    (
        "Sidste vinter havde jeg lungebetændelse med feber og ondt i ryggen, men det er længe "
        "overstået. Nu har jeg fået ondt i lænden igen efter at have skovlet sne, og denne gang er "
        "der ingen feber eller noget."
    ),
    # Over a year ago is years, not weeks.
    (
        "faldt ned fra en stige for over et år siden og brækkede armen, ryggen var fin dengang. nu "
        "har jeg fået lidt ondt i lænden af at male lofter i to dage"
    ),
    # Pain only after one position, gone on turning.
    (
        "jeg vågner nogle gange om natten med ondt i lænden men kun når jeg har ligget på maven, "
        "så "
        "snart jeg vender mig om på siden er det væk igen"
    ),
    # Asleep again at once.
    (
        "jeg har slæbt kasser hele lørdagen. Nu gør lænden ondt og jeg vågner om natten når jeg "
        "vender mig, men så snart jeg ligger stille igen falder jeg i søvn"
    ),
    # training sets 95-97
    # A bump at walking pace.
    (
        "blev kørt ind i bagfra med 5 km/t på en parkeringsplads, bare en bule i "
        "kofangeren, og har ingen smerter overhovedet. men hvordan forebygger jeg ondt i "
        "ryggen når jeg kører langt?"
    ),
    # A loss that was the plan.
    (
        "Jeg er maratonløber og har tabt 3 kg under min træningsopbygning, det var "
        "planen. Lidt ondt i lænden efter de lange ture. Varme bagefter?"
    ),
    # training sets 98-100
    # For an exam.
    (
        "hvad skal man gøre hvis man pludselig ikke kan holde på vandet og har ondt i "
        "ryggen? spørger til min sygeplejeeksamen"
    ),
    # Legs asleep on the toilet, gone now.
    (
        "mine ben var følelsesløse i går efter jeg sad på toilettet alt for længe med "
        "telefonen 😂 nu er det væk. men lænden er øm af at sidde, gode øvelser?"
    ),
    # Better each day.
    (
        "Har haft iskias i 3 dage, prikker lidt i låret men det bliver bedre hver dag. "
        "kan jeg lave bird dog?"
    ),
    # A loss by running and healthy food.
    (
        "tabt 15 kg med løb og sund kost 💪 men nu murrer lænden når jeg løber. hvordan "
        "undgår jeg det?"
    ),
    # Woken by a crying child.
    (
        "vågner om natten fordi ungen græder, og har så ondt i ryggen om morgenen af at "
        "bære rundt på hende. tips?"
    ),
    # High heels.
    (
        "Har ondt i lænden og har svært ved at gå i mine nye stiletter 👠 haha. Hvilke sko"
        " er bedst for ryggen?"
    ),
    # A child who still wets the bed.
    ("Min lille søn på 6 tisser stadig i sengen om natten. Kan det have noget med ryggen at gøre?"),
    # Asked about in general.
    "Er nattesmerter et faresignal ved ondt i lænden, eller er det normalt?",
    # training sets 98-100, review of the all-files run
    # Pain that radiates is no stream of urine.
    (
        "Hvad er iskias egentlig? Min læge sagde ordet, men jeg nåede ikke at spørge. Jeg"
        " har ondt i lænden og det stråler ned i låret i venstre side."
    ),
    # Chairs that had to be carried.
    (
        "Jeg er tjener og har fået ondt i lænden efter en lang weekend med bryllupper, "
        "masser af bakker og stole der skulle bæres."
    ),
    # blind set 33 once it was a floor, training sets 101-102
    # No term runs on over a question mark.
    "hvordan træner man når det stråler ned i benet? vil ik sidde stille",
    # A small child's fever, my back.
    (
        "Min lille har ondt i maven og feber, ikke noget med ryggen. Men jeg selv har "
        "ondt i lænden af at bære rundt på ham. Varme eller kulde?"
    ),
    # A loss that has stopped.
    (
        "Jeg fik taget blodprøver pga vægttab i foråret, alt var normalt og vægten er "
        "stabil igen. Nu er det kun lænden der er øm efter flytning. Hvad hjælper?"
    ),
    # One sleeping position.
    (
        "Jeg vågner nogle gange om natten med ondt i lænden hvis jeg er faldet i søvn på "
        "maven, men når jeg vender mig om på siden med en pude mellem knæene går det væk "
        "igen."
    ),
    # An uncle's operation is his past.
    (
        "Min onkel endte med at blive opereret akut fordi han ikke kunne holde på vandet "
        "pga ryggen. Nu har jeg selv ondt i lænden, og jeg er blevet helt paranoid. "
        "Hvilke ting skal jeg holde øje med?"
    ),
    # review of session 13
    # Review: a going verb reaches only the sign's clause.
    "smerten forsvinder, benene svigter ikke",
    # second look at session 13
    # A derived denial reaches "om natten": only "om at" and "om hvorfor" open a clause.
    "ondt i lænden, og så er der ingen smerter om natten",
    # training sets 103-105
    # Norwegian: the fever is gone
    ("Jeg hadde feber forrige uke men den er borte nå, og ryggen er bare litt stiv fra senga."),
    # the 5:2 diet
    ("Har tabt 8 kg på 5:2 men har fået lidt ondt i lænden af at sidde meget på kontoret"),
    # works on a cancer ward
    (
        "Jeg er sygeplejerske på en kræftafdeling og løfter patienter hele dagen. Nu har "
        "jeg ondt i lænden"
    ),
    # ran on after the mat
    (
        "min søn på 8 faldt af trampolinen men landede på måtten og løb videre, han har "
        "ingen smerter"
    ),
    # getting up without screaming now
    "kan rejse mig uden at skrige nu, ondt i ryggen i 5 uger",
    # no leak in an accident
    "har været ude for et uheld og kan ikke mærke mit ben",
    # a "men" without "now"
    "smerten i lænden vækker mig ikke, men det gør ondt at vende mig i sengen",
    # training sets 106-107
    # brief pain lying down
    "når jeg lægger mig gør det rigtig ondt i et minut, så går det over",
    # a computer that stops
    "min computer gik i stå og jeg har ondt i benet",
    # a long walk
    "jeg kan ikke gå mere end 20 km uden at få ondt i lænden",
    # training sets 108-109
    # "hverken ... eller" as a denial still
    "jeg har hverken problemer med tis eller lort, men ondt i ryggen",
    # a vaccine's fever
    ("Fik feber af min vaccine i forgårs, er helt fin i dag. Har haft lidt ondt i lænden i ugevis"),
    # running about minutes after
    (
        "Min søn på 8 faldt af trampolinen og slog ryggen, han løb rundt 5 minutter efter"
        " og har det fint i dag"
    ),
    # a nerve sign that passed
    ("jeg havde prikken i benet for 2 måneder siden, det gik over, nu har jeg lidt ondt i ryggen"),
    # a nerve sign years back
    "for 5 år siden havde jeg følelsesløshed i foden i 6 uger",
    # training sets 110-111
    # a condition "i ryggen" asked of
    "kan slid i ryggen give følelsesløshed i skridtet?",
    # a leak since a birth
    (
        "jeg tisser lidt i bukserne når jeg nyser, det har jeg gjort siden min datter "
        "blev født for 2 år siden. lænden er øm"
    ),
    # asked whether things go together
    (
        "er der nogen sammenhæng mellem ondt i lænden og vægttab? spørger bare fordi jeg "
        "læste det et sted"
    ),
    # a pounding headache
    "jeg har en dundrende hovedpine og ondt i ryggen efter 2 dage",
    # training sets 112-113
    # a grip that gives out
    ("Lavede en masse dødløft og grebet svigtede til sidst, benene var fine. Lænden er øm nu."),
    # a strained back barely getting up
    (
        "er 28 og arbejder på lager, løftede en palle skævt i går og nu kan jeg knap "
        "rejse mig fra sofaen"
    ),
    # stiffness gone after half an hour
    (
        "Er det farligt at være stiv om morgenen? jeg er som et bræt når jeg står op, men"
        " efter en halv time er det væk"
    ),
    # hot after spinning
    (
        "Jeg sveder som et svin efter spinning og bliver helt varm i hovedet, og lænden "
        "er lidt øm bagefter"
    ),
    # a plain what-if
    "hvis jeg får feber, skal jeg så ringe?",
    # training sets 114 and 115 (session 15)
    (
        "Sidder og læser om cauda equina på nettet og bliver helt bange. Hvad er "
        "symptomerne man skal holde øje med?"
    ),
    (
        "Løb halvmaraton i går og havde et lille uheld med maven undervejs (løbemave). Nu"
        " er lænden øm. Varme eller kulde?"
    ),
    (
        "Har ondt i lænden men jeg sover som en sten hele natten, det er værst når jeg "
        "har siddet længe. Hvorfor?"
    ),
    # a feeling lost, then gone (session 15)
    "jeg kunne ikke mærke mine tæer i går, men det er helt væk nu. ondt i lænden",
    "jeg havde prikken i foden, det er helt væk. ondt i ryggen",
    # a feeling lost, then gone (session 15)
    (
        "Sidste år havde jeg følelsesløshed i foden med min iskias, det gik helt væk "
        "efter to måneder. Hvordan holder jeg ryggen stærk?"
    ),
    # a what-if without a comma stays one, also in its main clause (session 15: a rule
    # that made that clause fact was dropped, see docs/safety.md)
    "hvis jeg ikke kan tisse skal jeg så ringe 112",
    "hvis jeg får en prolaps kan jeg så miste følelsen i skridtet",
    "Lægen sagde at hvis prolapsen trykker på nerverne kan man miste følelsen i skridtet",
    "Hvis jeg havde cauda equina ville jeg ikke kunne holde på vandet",
    # a feeling lost for a while, told then and gone now, is over (review, session 15)
    "Efter operationen kunne jeg ikke mærke når blæren var fuld i nogle dage, nu er det helt væk",
    "Jeg mærkede ikke trangen til at tisse i et par dage efter operationen, det er helt væk",
    "Efter epiduralen kunne jeg ikke mærke blæren, det er væk igen",
    # a feeling lost, then gone: any slot that denies a verb of feeling (session 15)
    (
        "jeg kunne ikke mærke noget i skridtet i går efter cykelturen, det er helt væk. "
        "ondt i ryggen"
    ),
    # training sets 116-117 (session 16)
    # crawling about a crawl space is work, not walking lost
    "fik ondt i ryggen da jeg kravlede rundt i krybekælderen for at skifte et rør",
    # a pram is no high energy
    "min bil blev ramt af en klapvogn i Netto, og ryggen er øm efter havearbejde",
    # an advert
    "der er reklamer for inkontinensbind i hver pause, og jeg har bare ondt i lænden",
    "har tabt 3 kilo efter jeg droppede slik, og ryggen er lidt øm",
    # getting up early for work is no night pain
    "står op kl 3 hver nat som bager og har lidt ondt i lænden efter løft",
    # session 16: review of narrowing words
    # session 16: review of the rules from training sets 116-117
    # a "now" inside the one clause that asks
    "Er nattesmerter stadig et faresignal?",
    "Kan inkontinens i dag have noget med rygproblemer at gøre, eller er det en myte?",
    # a temperature taken
    "Jeg fik temperatur taget hos lægen, den var normal, har ondt i ryggen",
    # "the last year I lived there" is past
    "Jeg havde feber det sidste år jeg boede i Aarhus, nu har jeg ondt i ryggen",
    "jeg har tabt mig det sidste år fordi jeg har løbet meget, og ryggen er øm",
    # anyone of an age, asked about
    "kan en 80-årig mand brække ryggen ved et fald?",
    # session 16: Norwegian wiping, appetite and kilos
    # session 16: second review
    # a dog's appetite and kilos
    "Our dog lost his appetite and 2 kilos after the surgery",
    # session 16: more than N hours
    # session 16: are they connected
    # "hænger det sammen?" is no leg that hangs (found in review)
    "Jeg har ondt i lænden og ondt ned i benet, hænger det sammen?",
    # session 16: third review
    # session 17: training sets 118 and 119
    # a rescuer's work
    (
        "Jeg arbejder som redder og kører til færdselsuheld hver dag, og min lænd gør "
        "ondt efter vagten"
    ),
    # session 17: held-out set 40
    # pain during sex, the feeling told as normal
    (
        "Det gør ondt i lænden når jeg har sex med min kone. Følelsen er helt normal, det"
        " er kun smerten. Hvad kan vi gøre?"
    ),
    # session 17: Swedish
    # session 17: review
    # two subjects of one "gone" (review)
    (
        "Jeg havde 39 i feber og ondt i ryggen i sidste uge, men både feberen og "
        "hovedpinen er gået over nu"
    ),
    # a leg that no longer fails (review)
    ("Mit ben svigtede og jeg faldt og slog knæet, men knæet er helet og benet svigter ikke mere"),
    # the moments are the writer's, the stairs the mother's last year (review)
    (
        "I går var jeg syg og nu har jeg ondt i ryggen. Min mor kunne ikke gå op ad "
        "trappen sidste år"
    ),
    # holding the railing as advice (review)
    ("I går sagde fysioterapeuten at jeg i dag skulle lave balanceøvelser og holde i gelænderet"),
    # session 17: a Danish word that Swedish spells alike
    # session 17: second review
    # "det" is the subject of the gone phrase, not the cold (second review)
    "Jeg har ondt i ryggen. Jeg havde feber pga en forkølelse men det er gået over",
    # two subjects of one "gone" (second review)
    "Jeg har ondt i lænden. Feberen og smerterne i knæet er væk nu",
    # a physiotherapist's work (second review)
    (
        "Jeg arbejder som fysioterapeut og har mange patienter der har været ude for et "
        "trafikuheld. Hvad skal jeg være opmærksom på?"
    ),
    # better today: pulling up the railing (second review)
    ("I går kunne jeg ikke komme ud af sengen, i dag kan jeg godt hive mig op ad gelænderet"),
    # session 17: third review
    # the complaint ends a longer subject (third review)
    "Jeg har ondt i lænden, men feberen fra influenzaen er gået over",
    # an illness over, and its fever with it (third review)
    (
        "Jeg havde 39 i feber i weekenden pga influenza, men influenzaen er gået over nu."
        " Ryggen gør stadig lidt ondt"
    ),
    # hands clapping the floor (third review)
    ("Vi laver øvelser hvor man ligger med benene bøjet og klapper i gulvet med håndfladerne"),
    # the railing used with age (third review)
    (
        "Før kunne jeg tage trappen i et hop, nu bruger jeg gelænderet for at komme op, "
        "men det er jo fordi jeg er blevet 80"
    ),
    # a carer's work (third review)
    (
        "Jeg arbejder som sygehjælper og ser mange der er faldet ned fra stiger, nu har "
        "jeg ondt i ryggen"
    ),
    # session 17: held-out sets 41 and 42 once floors
    # numb from sitting, gone when walking about (held-out set 42 once a floor)
    (
        "Jeg bliver følelsesløs i numsen på lange flyveture, det går væk når jeg går "
        "rundt. Ryggen er stiv"
    ),
    # rolling slowly into a ditch (held-out set 42 once a floor)
    (
        "Bilen skred ud på glat vej og trillede stille ind i en grøft, ingen skader, men "
        "min lænd er stiv"
    ),
    # session 17: fourth review
    # "på do" is no toilet word of a sign (fourth review)
    "Det er svært at sætte sig når jeg skal på do, ryggen låser",
    # Training sets 120 and 121 (session 18)
    # "farlige" asks about the sign (general-after)
    "Er natlige rygsmerter farlige? Spørger til en opgave på sygeplejeskolen",
    # "som om jeg havde feber" (ikke-feber)
    (
        "det er så varmt på mit lager at jeg sveder som om jeg havde feber, og jeg har "
        "ondt i lænden af at løfte kasser"
    ),
    # a cancer scan (kræft-test)
    (
        "had a cancer scan and it came back all clear, now just normal low back pain from"
        " moving house"
    ),
    # Training conversations 68 (session 18)
    # sick leave for stress (sygemeldt-for-andet)
    (
        "Har været sygemeldt med stress i et par måneder, og samtidig har lænden gjort "
        "ondt i næsten lige så lang tid, uden udstråling"
    ),
    # Review of session 18's additions
    # review: a report of another person's past, no worsening
    "Min kollega siger at han var lam i benet efter ulykken",
    # review: a soft cushion is comfort
    "Den nye kontorstol er god for min ryg, det er som at sidde på en stor blød pude",
    # review: pulling a chair out is no fall
    "Jeg er 78 og har ondt i ryggen, og jeg trak stolen væk fra bordet i går",
    # review: restless legs
    (
        "Jeg har haft ondt i lænden i 3 uger. Mine ben ikke vil stå stille om aftenen, "
        "det er uro i benene"
    ),
    # review: "ikke flyttet noget tungt"
    (
        "Jeg har haft meget ondt i lænden i 3 uger, jeg har ikke flyttet noget tungt og "
        "det går bedre nu"
    ),
    # review: a barbell lowered
    "Jeg får ondt i lænden når jeg sænker vægten nedad i dødløft",
    # review: a shoe size
    "Jeg har ondt i lænden efter graviditeten og er gået ned i skostørrelse",
    # review: a back warm under a heat patch
    "Jeg har ondt i lænden og har lagt varmeplaster på, lænden er varm at røre ved",
    # session 19: steroids on the skin or breathed in, or taken for years with no pain told
    "jeg har smurt mig med kortisoncreme i årevis mod eksem og har lidt ondt i lænden efter løb",
    "har brugt en kortisonspray mod astma i mange år, og nu gør lænden ondt efter havearbejde",
    "jeg har taget prednisolon i flere år og vil gerne lave øvelser for ryggen",
    "jeg tog prednisolon i et år for 10 år siden, nu ondt i lænden efter løb",
    "nogle siger at man kan tabe sig af rygsmerter, passer det? jeg har ondt i lænden",
    "tager prednisolon dagligt i 10 dage pga lungebetændelse, ryggen gør også ondt",
    "arbejder fast som tømrer, fik prednisolon i 3 dage for astma, ondt i ryggen",
    "har fået kortisonindsprøjtning i ryggen, det hjalp i lang tid men nu gør det ondt igen",
    "tog prednisolon i 2 år, men stoppede for 6 år siden. nu ondt i lænden efter cykeltur",
    "skal jeg spørge lægen om prednisolon? har haft ondt i lænden i 2 år",
    "det virker ikke som om jeg har feber, bare ondt i lænden efter træning",
    # weakness that came with the years; weak is no weaker in a "what if"; an idiom
    "mine ben er blevet svagere med alderen, og jeg har lidt ondt i ryggen",
    "Hvis benene bliver svage når man har ondt i lænden, skal man så afsted med det samme?",
    "jeg blev helt svag i knæene da jeg så regningen, nå men ryggen gør ondt",
    "havde feber i sidste uge, den er gået væk nu, men lænden er øm",
    # training set 124: sayings, a stomach bug, hours in a car
    "har det som om jeg er blevet kørt over af en bus efter flyttedagen, hele ryggen er øm",
    "jeg blev helt svag i knæene da jeg så prisen på fysioterapi, men ryggen er bare øm",
    "min datter har maveonde og nåede ikke på toilettet i tide, og jeg har ondt i ryggen",
    "min bagdel er helt død efter 6 timer i bilen, ryggen er stiv",
    # review: something else weakening, pain easing, legs weaker over years; a fever gone
    # beside pain that is not; a normal finding
    "min ryg er blevet svagere siden jeg stoppede med at træne, benene er fine",
    "udstrålingen ned i benet er blevet svagere siden i går",
    "mine ben er blevet svagere de sidste 4 år, jeg er 80",
    "feberen er heldigvis gået væk, men smerterne i lænden er ikke gået over",
    "lægen tjekkede følesansen i skridtet og den var normal, hvad kan jeg gøre for ryggen",
    # training set 125 and its review: a crash at walking pace; "ulykke" about a bad buy
    "det var en ulykke at jeg købte den bil, sæderne er elendige og ryggen gør ondt",
    "mindre ulykke på parkeringspladsen i 5 km/t, bil mod bil, ryggen er lidt øm",
    # training sets 132 and 133 and their review: an oncology ward as the workplace, a
    # shop's incontinence shelf, a sense of touch examined, a weight loss explained by new
    # teeth; dough running over, a tingling leg getting better
    "jeg er læge på onkologisk afdeling og har ondt i lænden efter vagten",
    "jeg står på lageret og pakker inkontinensprodukter hele dagen, ondt i ryggen",
    "lægen har testet følesansen i skridtet og sagde at alt var fint, ondt i lænden",
    "har tabt 2 kilo fordi jeg ikke kan tygge med mine nye tænder, ondt i ryggen",
    "jeg er portør på onkologisk og har ondt i ryggen af at skubbe senge",
    "dejen bare løber ud over kanten og ned på mine bukser, ondt i ryggen af at ælte",
    "prikkeriet i venstre ben er svagere end i mandags, ryggen er også bedre",
    # review of session 22: strength is no cancer; a trauma centre as the workplace
    "jeg vil gerne have mere muskelkraft i lænden, hvad skal jeg træne?",
    "jeg arbejder på traumecentret og har fået ondt i ryggen af at løfte patienter",
    # training set 134: a leak since giving birth
    "det løber lidt i trusserne når jeg hopper, sådan har det været efter mine 2 fødsler,"
    " og min lænd er øm",
    # training set 140 and its review: a hand asleep on waking in the morning; an
    # anaesthetic cream put on; legs tired after spinning, or a chair too painful to leave,
    # beside "det gik fint i går"
    "Min hånd sover når jeg vågner om morgenen, og så har jeg også ondt i lænden. skal jeg "
    "være bekymret?",
    "Jeg smurte mig ind i bedøvelsescreme før voksningen af inderlårene, og nu har jeg ondt "
    "i lænden",
    "Mine ben er trætte efter spinning og jeg kan knap løfte fødderne, det gik fint i går.",
    "Jeg kan ikke rejse mig fra stolen i dag pga smerter i lænden, det gik fint i går.",
    # training sets 79 and 145: asking how to lose weight; a worry a question is opened
    # with is no bladder not felt
    "hvordan taber jeg mig hurtigst? har lidt ondt i lænden",
    "hvordan kan jeg tabe 5 kilo før sommerferien? ryggen er øm",
    "ved ikke om jeg skal være bekymret: ondt i lænden i 1 uge, ingen feber, ikke tabt mig,"
    " aldrig haft kræft, kan tisse og gå fint",
    # its review: a tap that drips, a question opened by not knowing
    "hanen i køkkenet drypper og jeg kan ikke stoppe det, og så har jeg ondt i ryggen",
    "ved ikke om jeg skal ringe til lægen eller bare vente, det gør ondt når jeg sidder på"
    " toilettet",
    # training set 147: a sign named as a thing, asked about as a symptom of something;
    # sleep that the toilet, not the pain, keeps one from
    "er inkontinens et symptom på diskusprolaps?",
    "is incontinence a symptom of a slipped disc?",
    "kan ikke sove fordi jeg skal tisse hele tiden, og jeg har ondt i lænden",
    "kan ikke koncentrere mig pga tissetrang, og lænden er øm",
    "I cant focus at work because I have to pee constantly, lower back sore",
    # session 34, training conversations 82: a saying asked about; dull is not deaf
    "hvad hed det nu, det syndrom hvor man ikke kan tisse?",
    "en dov fornemmelse lige over balderne når jeg har stået hele dagen",
    # its review: a walk cut short by the weather or blisters, a deaf mother, a sign over
    # after a comparison or after a passing denied of another trouble
    "jeg kan ikke gå tur med hunden som jeg kunne i går, for det regner",
    "jeg kan ikke gå så langt som jeg kunne i går, jeg har vabler",
    "min mor er døv og har ondt i ryggen",
    "jeg havde feber lige så høj som for en uge siden, men nu er den væk",
    "min mand kunne ikke tisse i søndags, det gik over men det har ikke været et problem siden",
    # the second and third reviews: a deaf person by a sore bottom or leg; a dull pain; a
    # comparison told in the past; an episode over long ago
    "jeg har ondt i numsen og er døv i det ene øre",
    "jeg er døv, har ondt i ballerne",
    "min døve søn har haft iskias ned i benet i 4 uger",
    "min døve datter faldt på numsen i går",
    "fingrene er døve og ondt i benet i 4 uger",
    "jeg har en dov smerte over balderne",
    "det gør døvt ondt i numsen",
    "benet var lige så følelsesløst som for en måned siden, nu er det helt fint",
    "jeg kunne ikke tisse efter bedøvelsen, det gik over men det kom igen efter operation"
    " nummer to, nu er alt normalt",
    # session 35: a stab of pain elsewhere, or "i et jag" (in one go), beside steroids
    "tager prednisolon fast, fik et jag i brystet",
    "tager prednisolon fast, kørte 5 timer i et jag og nu er ryggen lidt stiv",
    # session 36: new back pain and an age of 70, but the newness is of something else,
    # the pain is years old, walking brings it on, it has a cause, or it is a "what if";
    # "i min alder" is no age
    "Jeg er 70 og har lige meldt mig ind i et fitnesscenter for første gang i mit liv. Kan"
    " styrketræning gøre ondt i ryggen værre?",
    "Jeg er 71 og ryggen er begyndt at gøre ondt når jeg går de lange ture med hunden. Når"
    " jeg sætter mig på en bænk er det fint igen.",
    "Jeg er 74. De sidste par år er jeg begyndt at få ondt i lænden på lange ture",
    "Min mor på 72 er begyndt at klage over lænden efter hun har malet stuen",
    "jeg er 80 og har fået ondt i knæet for første gang, ryggen er fin",
    "Hvis min far på 80 pludselig får ondt i lænden, hvad skal vi så gøre?",
    "Min mor fik for første gang ondt i ryggen da hun var 72, det er 10 år siden",
    "Jeg er 17 og er begyndt at få ondt i lænden. Kan det passe i min alder?",
    "faldt på cyklen og slog ryggen, er det normalt at det gør så ondt i min alder? er 35",
    # ... the first review's: newness of something else, another person's age, a number
    # that is no age, pain that came back, a cause
    "jeg er 73 og var i fitness for første gang i går, nu har jeg ondt i lænden",
    "jeg er 77. har ondt i lænden og var for første gang ude at cykle i år",
    "jeg er 77 og har ondt i lænden, har for første gang taget en panodil",
    "jeg er 80 og har fået nye smerter i knæet, ryggen har jeg haft ondt i længe",
    "min mormor er 90 og jeg har pludselig fået ondt i ryggen",
    "jeg er 75 og min søn har fået ondt i lænden for første gang",
    "jeg er på 70 kg og har pludselig fået ondt i lænden",
    "jeg er 80 og fik pludselig ondt i ryggen igen, som det sker hvert år",
    "jeg er 77 og fik ondt i ryggen for første gang, da jeg løftede min kuffert",
    "Min far er 75 og har fået ondt i lænden efter han slog græs i weekenden",
    "Jeg er 74 og har fået ondt i lænden efter en dag med havearbejde",
    "Der er knogleskørhed i familien, men min egen scanning var normal. Jeg fik ondt i lænden af"
    " at bære flyttekasser",
    "Det er 7 uger siden jeg fik ondt i lænden og det er nok 80 % bedre nu",
    "Jeg er 70 og har fået ondt i lænden",
    "min mor er 80. jeg har fået hold i ryggen i går",
    # session 37, the second review's probes: pain as usual, worse than usual, gone, or
    # asked about; a cause told as an outing; people in general
    "Jeg er 76 og har fået mere ondt i lænden end jeg plejer",
    "Jeg er 79, for første gang siden min operation har jeg fået ondt i lænden",
    "Jeg er 72 og pludselig er mine rygsmerter væk! Hvordan undgår jeg at de kommer igen?",
    "Kan jeg pludselig få ondt i lænden når jeg er over 70?",
    "Jeg er 75 og har fået ondt i lænden efter en lang gåtur",
    "Min mormor er 88 og fik ondt i ryggen efter flyveturen til Spanien",
    "Skal ældre mennesker over 70 med nye rygsmerter til lægen?",
    # session 42: "værre" asked of is no pain told as bad; slang "skide" and "en skid"
    "Jeg har haft ondt i lænden i 3 uger. Kan det blive værre?",
    "For 3 uger siden fik jeg et jag i lænden og siden har det været ømt men ikke værre. Kan"
    " styrketræning gøre det værre?",
    "det gør skide ondt i ryggen og jeg kan næsten ikke sidde",
    "har ondt i lænden i 4 uger nu, og pillerne hjælper ikke en skid",
    # a bike tumble; better week by week; a fall out of bed
    "faldt på cyklen (lav fart, bare væltede) og slog hoften, ryggen er lidt øm",
    "iskias siden sommerferien men det bliver bedre uge for uge, snurren i benet er kun lidt"
    " tilbage",
    "min søn gled ud af sengen i nat og har lidt ondt i ryggen",
    # session 46 (training set 175): an episode seen with a word between; all of it
    # denied of oneself in the next sentence; carrying a tired child
    "Så lige et afsnit af Grey's Anatomy hvor en fyr blev lam i benene efter en ulykke. min"
    " ryg er bare lidt stiv",
    "Har læst at der er farlige tegn ved rygsmerter, noget med blæren og følelsen i"
    " skridtet?? Jeg har ikke selv noget af det, bare ondt i lænden efter havearbejde.",
    "jeg måtte bære ham hjem fra legepladsen, han var så træt, og nu har jeg ondt i ryggen",
    "kan ondt i lænden være tegn på kræft? har ikke noget af det med vægttab eller feber, er"
    " bare nysgerrig",
    # the review's probes: a chair that should carry, a refusal, pampering
    "min nye kontorstol skulle kunne bære mig på 120 kg, ondt i ryggen",
    "Jeg nægter at få mit ben opereret, ondt i ryggen",
    "Min kæreste vil nærmest bære mig på hænder efter operationen, ondt i ryggen",
    "Min mand har ondt i lænden, og det stråler ned i benet. Han nægter at gå til lægen.",
    # training set 177: laughing made to, someone on a screen
    "Min kollega fik mig til at grine så meget at jeg næsten tissede i bukserne 😂 men seriøst,"
    " lænden er helt smadret",
    "Så Hospitalet på TV2 i aftes hvor en mand blev kørt ind efter en motorcykelulykke med"
    " brækket ryg. Jeg har bare ondt i lænden efter havearbejde",
]


@pytest.mark.parametrize(("text", "sign"), SIGNS_FROM_TRAINING_SETS)
def test_signs_from_the_training_sets(detector: RedFlagDetector, text: str, sign: str) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize("text", LOOK_ALIKES_FROM_TRAINING_SETS)
def test_look_alikes_from_the_training_sets(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Jeg blev følelsesløs i skridtet i sidste uge, og det er der stadig",
            "foelelsesloes-skridt",
        ),
        ("jeg kunne ikke holde på vandet i sidste uge, og det kan jeg stadig ikke", "blaere-tarm"),
    ],
)
def test_a_sign_dated_last_week_and_still_so_in_the_next_clause_is_current(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    # the session 46 review: both were read as over
    assert sign in ids(detector, text)


def test_a_sign_dated_last_year_and_fine_now_in_the_next_clause_is_over(
    detector: RedFlagDetector,
) -> None:
    text = "Min mand havde inkontinens efter sin prostataoperation sidste år, det er i orden nu."
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Jeg har haft ondt i ryggen i mange år, og nu kan jeg pludselig ikke holde på vandet",
            "blaere-tarm",
        ),
        (
            "Jeg har haft ondt i lænden i årevis og i dag kan jeg ikke mærke når jeg skal tisse",
            "blaere-tarm",
        ),
        ("Jeg har altid haft en dårlig ryg og nu kan jeg ikke holde på vandet", "blaere-tarm"),
        ("Jeg har haft ondt i ryggen i mange år, nu kan jeg ikke holde på vandet", "blaere-tarm"),
        ("Jeg har MS, og nu svigter benene", "svaghed"),
        # "pludselig" is news, wherever it stands before the sign is told
        (
            "Jeg har haft ondt i ryggen i mange år og kan pludselig ikke holde på vandet",
            "blaere-tarm",
        ),
        # leaks since the births are of long standing, and explain no leg
        (
            "Jeg har lækket lidt efter mine fødsler og nu kan jeg pludselig ikke holde på"
            " afføringen",
            "blaere-tarm",
        ),
        ("Har haft ondt i lænden siden mine fødsler og nu svigter mit højre ben", "svaghed"),
        (
            "Med årene er jeg blevet lidt ustabil, og i dag snubler jeg over mine egne ben hele"
            " tiden",
            "svaghed",
        ),
        # a recent moment told between them is news too
        ("efter 3 fødsler har jeg fra i går ingen kontrol over blæren", "blaere-tarm"),
    ],
)
def test_a_state_of_long_standing_does_not_explain_a_sign_told_as_news_after_it(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har lækket lidt når jeg hoster i mange år, og nu har jeg fået ondt i lænden",
        "i mange år har jeg lækket lidt, nu har jeg ondt i ryggen",
        "jeg har altid lækket lidt når jeg løber, og nu har jeg ondt i lænden",
        # an operation is a cause: it explains what the leg does after "og nu" too
        "jeg fik nyt knæ for to måneder siden, og nu svigter benet engang imellem",
    ],
)
def test_a_leak_of_long_standing_stays_calm_beside_news_of_back_pain(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jeg sveder meget om natten og jeg kan ikke holde på vandet længere",
        "Det regner og jeg har ondt i ryggen, og jeg har tisset i bukserne uden at opdage det",
        "jeg sveder og kan ikke mærke når jeg skal på toilettet, ondt i ryggen",
        "Jeg har maveinfluenza og jeg kan ikke mærke når jeg skal tisse, ondt i ryggen",
        "Jeg sveder meget og har ondt i lænden og kan ikke tisse",
        "Jeg spildte kaffe og nu kan jeg ikke tisse og har ondt i ryggen",
        "Jeg har en lidt genert blære og har ondt i lænden, og i dag har jeg tisset i bukserne"
        " uden at mærke det",
    ],
)
def test_a_reason_does_not_explain_what_it_cannot_cause(
    detector: RedFlagDetector, text: str
) -> None:
    assert "blaere-tarm" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Er i overgangsalderen og vågner våd af sved, det har lægen tjekket. Ryggen er stiv",
        "min datter har haft roskildesyge og nåede ikke ud på toilettet. jeg har ondt i ryggen",
        "har diarré og kan ikke holde på afføringen, og ryggen er øm af at ligge",
        "Efter mine 3 fødsler tisser jeg lidt i bukserne når jeg hoster, og lænden er øm",
        "Jeg har en genert blære og kan ikke tisse på offentlige toiletter, ondt i ryggen",
    ],
)
def test_a_reason_still_explains_what_it_causes(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a reason told of another person
        ("Min datter fik feber af vaccinen, og jeg har selv 39 i feber og ondt i lænden", "feber"),
        ("Min kone er på slankekur og jeg har tabt 8 kilo på to måneder og har ondt i ryggen",
         "vaegttab"),
        ("Min søn er sengevæder og jeg har selv tisset i bukserne i dag uden at mærke det",
         "blaere-tarm"),
        ("Min mor har sclerose og mine ben svigter", "svaghed"),
        ("Min søn sprang til side, og jeg blev ramt af bilen", "traume"),
        ("Min mand har fået ny hofte, og jeg har haft prikken i foden i 6 uger og ondt i lænden",
         "nervetegn"),
        # a reason told of another part of the body or complaint
        ("Fik scannet knæet og alt var normalt, og nu er hele numsen følelsesløs",
         "foelelsesloes-skridt"),
        ("Hovedpinen gik væk efter 10 minutter og mit venstre ben svigter", "svaghed"),
        ("Min mor på 88 faldt i går, hoften blev røntget og den var fin, og nu har hun meget ondt"
         " i lænden", "fraktur"),
        ("Jeg havde brystkræft for 4 år siden og har nu fået en godartet cyste i hånden og ondt i"
         " lænden", "kraeft"),
        ("Blodprøverne var helt normale, og jeg har haft følelsesløshed i foden i 2 måneder og"
         " ondt i lænden", "nervetegn"),
        ("Jeg er 77, hovedpinen forsvandt i går og nu har jeg fået ondt i lænden", "ny-ryg-alder"),
    ],
)  # fmt: skip
def test_a_reason_told_of_another_person_or_part_does_not_explain_the_sign(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the person's own reason
        "Min kone er på slankekur og har tabt 8 kilo, og hun har ondt i ryggen",
        # children named as what was got, not whose the pads are
        "Jeg har haft en lidt svag blære, siden jeg fødte mine tre børn for mange år siden, og"
        " bruger trusseindlæg af den grund. Nu har jeg ondt i ryggen",
        # another's doing wakes the writer
        "Jeg vågner om natten fordi min baby græder, og lænden er øm af at bære hende",
        # the pupil's fall, explained by the pupil's running on
        "Jeg er pædagog, og i dag faldt en dreng ned fra gyngen men han løb bare videre. Selv"
        " har jeg ondt i lænden",
        # a reason told of the back
        "Min mor på 84 faldt i går, ryggen blev røntget og den var fin, og hun har lidt ondt",
        # an illness that brings the fever is no other complaint
        "har feber pga en forkølelse men ryggen fejler ikke noget, hvordan forebygger jeg ondt i"
        " lænden?",
    ],
)
def test_a_reason_of_the_signs_own_person_and_part_still_explains(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # news after a reason, the age told before it
        "Jeg har været gift i 50 år og er 79, og nu har jeg pludselig fået ondt i lænden",
        "Min far på 88 tager til Spanien hvert år, og nu har han fået ondt i ryggen",
        # the years and the walks told of the knees
        "Jeg er 80 og mine knæ er blevet dårligere med årene, og for en uge siden fik jeg"
        " pludselig ondt i lænden",
        "Jeg er 79, og mine knæ gør ondt når jeg går tur, og i søndags fik jeg pludselig ondt i"
        " ryggen",
    ],
)
def test_new_back_pain_in_old_age_is_not_explained_by_what_is_told_of_else(
    detector: RedFlagDetector, text: str
) -> None:
    assert "ny-ryg-alder" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er 82 og har fået mere ondt i ryggen med årene",
        "Jeg er 79 og får ondt i ryggen når jeg går tur",
        "Jeg er 80 og har haft ondt i ryggen hvert år, og nu har jeg fået ondt igen",
    ],
)
def test_back_pain_in_old_age_told_over_the_years_or_on_walks_stays_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a reason still to come explains nothing now
        (
            "Vi skal på en lang køretur i morgen og jeg har ingen følelse i skridtet",
            "foelelsesloes-skridt",
        ),
        (
            "Skal på en lang køretur til sommer og har ingen følelse i skridtet",
            "foelelsesloes-skridt",
        ),
        # a fall at a class, or a blow in an exercise, is no tipping over in it
        ("Min mor på 80 faldt til yoga i går og har ondt i ryggen siden", "fraktur"),
        (
            "Jeg har osteoporose og når jeg laver yoga væltede jeg i går ned på gulvet og fik et"
            " ordentligt slag i lænden",
            "fraktur",
        ),
        ("har osteoporose, væltede i øvelsen og faldt ned på ryggen, gør ondt nu", "fraktur"),
        (
            "Jeg er 76 og stod på ét ben i øvelsen, så faldt jeg og slog ryggen mod bordet",
            "fraktur",
        ),
    ],
)
def test_a_reason_still_to_come_or_an_exercise_does_not_explain_a_sign_now(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # an operation planned tells of what it is to mend
        "Jeg skal have ny hofte i næste uge og mit venstre ben svigter",
        # this morning is no tomorrow
        "Havde kulderystelser efter vinterbadning i morges, nu er jeg varm igen. Lænden er lidt"
        " øm. Varme eller kulde?",
        # tipping over in yoga, asked as technique
        "Jeg er 75 og vælter hele tiden når jeg laver yoga, hvad gør jeg forkert?",
    ],
)
def test_a_planned_operation_this_morning_or_tipping_over_in_an_exercise_stays_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Smerten i lænden går over når jeg går, og jeg er følelsesløs i skridtet",
        "Stivheden forsvinder når jeg rejser mig og så er skridtet helt følelsesløst",
        "Prikken i foden forsvinder når jeg går rundt, og så er jeg følelsesløs omkring endetarmen",
    ],
)
def test_the_backs_pain_or_stiffness_passing_does_not_explain_a_numb_crotch(
    detector: RedFlagDetector, text: str
) -> None:
    assert "foelelsesloes-skridt" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Det er hedebølge. Jeg har 39,5 i feber og ondt i lænden",
        "I går viste termometeret 37,2 og i dag har jeg 39,5 og ondt i lænden",
        "Har ondt i lænden og har haft let feber 37,9-38,3 de sidste 3 dage",
    ],
)
def test_heat_or_a_normal_reading_does_not_explain_a_fever_measured(
    detector: RedFlagDetector, text: str
) -> None:
    assert "feber" in ids(detector, text)


def test_something_else_stopped_or_the_pains_time_does_not_explain_long_steroids(
    detector: RedFlagDetector,
) -> None:
    for text in (
        "Jeg har taget prednisolon i 10 år og holdt op med at ryge for nylig, og nu har jeg fået"
        " ondt i ryggen",
        "Jeg har taget prednisolon i 6 år og kan ikke længere sidde ned pga smerter i lænden",
        "Jeg har taget prednisolon i 5 år, og de sidste 3 dage har jeg haft frygtelig ondt i"
        " lænden",
    ):
        assert "steroid-ryg" in ids(detector, text), text
    # the steroids stopped, in the next clause
    text = "Jeg har taget prednisolon i 4 år, men holdt op sidste år, og nu har jeg ondt i ryggen"
    assert ids(detector, text) == set()


def test_a_queue_or_a_drink_explains_an_accident_not_a_bladder_not_felt(
    detector: RedFlagDetector,
) -> None:
    for text in (
        "Toilettet var optaget og jeg tissede i bukserne uden at mærke det komme",
        "Jeg drak for meget øl i lørdags og siden har jeg ikke kunnet mærke når jeg skal tisse",
    ):
        assert "blaere-tarm" in ids(detector, text), text
    for text in (
        "Toilettet var optaget så jeg tissede lidt i bukserne, og jeg har ondt i ryggen",
        "Jeg blev opereret i går i narkose og kan ikke rigtig tisse",
    ):
        assert ids(detector, text) == set(), text


def test_a_feeling_or_a_moment_is_no_cause_of_new_back_pain_in_old_age(
    detector: RedFlagDetector,
) -> None:
    for text in (
        "Jeg er 78 og har fået ondt i ryggen siden i søndags, og jeg er træt af at have ondt",
        "Jeg er 80 og har fået ondt i ryggen uden grund, efter jeg vågnede i mandags",
    ):
        assert "ny-ryg-alder" in ids(detector, text), text
    assert ids(detector, "Jeg er 80 og fik ondt i lænden af at bære brænde") == set()


def test_what_an_animal_did_explains_nothing_of_a_person(detector: RedFlagDetector) -> None:
    assert "traume" in ids(detector, "Jeg blev påkørt af en bil og hunden løb videre")
    # the animal's sign is no one's, after "og" too
    text = (
        "vores gamle labrador kan ikke holde paa tisset mere 🙈 saa jeg boejer mig ned og toerrer"
        " op hele dagen og nu har jeg ondt i ryggen"
    )
    assert ids(detector, text) == set()


def test_a_habit_kept_or_a_normal_thyroid_explains_no_weight_loss(
    detector: RedFlagDetector,
) -> None:
    for text in (
        "Jeg spiser sund kost som altid og har tabt 10 kilo og har ondt i ryggen",
        "Stofskiftet er tjekket og normalt, og jeg har tabt 10 kilo på 3 måneder og har ondt i"
        " ryggen",
    ):
        assert "vaegttab" in ids(detector, text), text
    for text in (
        "Jeg har tabt 6 kilo fordi jeg er begyndt at spise sund kost og dyrke motion, og har ondt"
        " i ryggen",
        "Mit stofskifte er for højt og jeg har tabt 8 kilo, ondt i ryggen",
    ):
        assert ids(detector, text) == set(), text


def test_the_back_getting_better_does_not_explain_a_nerve_sign_for_weeks(
    detector: RedFlagDetector,
) -> None:
    for text in (
        "Rygsmerterne går den rigtige vej, og jeg har haft prikken i foden i 6 uger",
        "Smerterne i lænden er blevet mindre, og foden har været følelsesløs i 8 uger",
    ):
        assert "nervetegn" in ids(detector, text), text
    # the sciatica itself getting better does
    for text in (
        "Iskias i 6 uger, det går den rigtige vej, prikken i foden er næsten væk",
        "iskias siden sommerferien men det bliver bedre uge for uge, snurren i benet er kun lidt"
        " tilbage nu",
    ):
        assert "nervetegn" not in ids(detector, text), text


def test_a_review_s_probes_of_heights_positions_toddlers_and_future_keep_their_signs(
    detector: RedFlagDetector,
) -> None:
    for text, sign in (
        # a height played down is still one fallen
        (
            "Min far faldt ned fra taget i går, ikke særlig højt, max 3 meter, men han har mega"
            " ondt i ryggen",
            "traume",
        ),
        (
            "faldt ned fra en 4 meter høj mur, ikke særlig højt, men landede på ryggen og har ondt"
            " i lænden",
            "traume",
        ),
        # more than one position at night
        (
            "Har kun ondt om natten når jeg ligger på ryggen, men også når jeg ligger på siden og"
            " maven",
            "natsmerter",
        ),
        (
            "Gør kun ondt om natten når jeg ligger på ryggen eller siden, og det er værst når jeg"
            " ligger helt stille",
            "natsmerter",
        ),
        # a cancer dated by the year named
        (
            "Min far havde lungekræft sidste år og nu er han bange for den er spredt, han har ondt"
            " i ryggen",
            "kraeft",
        ),
        # a toddler's toilet training explains no adult's wetting
        (
            "Vi er i gang med pottetræning med den lille, og jeg kan pludselig ikke holde på vandet"
            " selv, ondt i lænden",
            "blaere-tarm",
        ),
        (
            "mit barnebarn på 3 er ved at blive renlig, og min mand har de sidste dage tisset i"
            " bukserne og har ondt i ryggen",
            "blaere-tarm",
        ),
    ):
        assert sign in ids(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        # metres that are no height fallen
        "Jeg snublede og faldt på fortovet 20 meter før opgangen, ikke højt, bare på knæene, men"
        " nu gør lænden ondt",
        "jeg er 1,95 m høj og faldt over en kasse, ikke højt, ondt i ryggen",
        "Jeg er 2 meter høj og faldt over min hund, ikke højt selvfølgelig haha, men nu gør"
        " lænden ondt",
        "Faldt på løbeturen efter 10 meter, ikke højt, snublede bare over en rod, nu ondt i lænden",
        # sleeping well in every position
        "Jeg sover fint om natten, også når jeg ligger på ryggen, det er kun om dagen lænden"
        " driller",
        # a future time that dates something else than the reason
        "Jeg er på kur fordi jeg skal giftes næste måned og har tabt 5 kg, og ryggen gør ondt af"
        " træningen",
        "Vi har ondt om natten fordi vores madras er elendig og den nye kommer først i næste uge",
        # woken by the pain in the past, or under a condition of position
        "Før vågnede jeg af smerter hver nat, men nu sover jeg igennem",
        "lænden vækker mig af og til hvis jeg har ligget på maven, men så vender jeg mig og sover"
        " videre",
        # this morning is no tomorrow
        "Imorges tissede jeg i bukserne fordi toilettet var optaget, ellers fin men ondt i lænden",
        # no blow
        "Jeg har knogleskørhed og når jeg laver yoga vælter jeg om på måtten, slog mig slet ikke,"
        " men hvad gør jeg forkert?",
    ],
)
def test_a_review_s_probes_of_measures_sleep_future_and_blows_stay_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Når jeg har siddet længe i bilen er lænden stiv og numsen sover, men det forsvinder når"
        " jeg rejser mig",
        # "came back" names no back
        "After a 3 hour bike ride my crotch was totally numb but it came back by dinner. My lower"
        " back also aches, how do I stop that next time?",
    ],
)
def test_a_numb_seat_from_sitting_that_passes_stays_calm_when_told_with_the_back(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # pain in one position only at night, gone in another
        "Min lænd gør kun ondt om natten når jeg ligger på maven. Ligger jeg på siden er det"
        " helt fint",
        # a small child learning to use the toilet
        "min datter på 2,5 er ved at blive renlig så hun tisser i bukserne hele tiden, og jeg har"
        " fået ondt i lænden af at bukke mig ned efter hende",
    ],
)
def test_night_pain_in_one_position_or_a_child_learning_the_toilet_stays_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Børnene er flyttet hjemmefra, og jeg vågner hver nat af smerter i ryggen",
        "Jeg vågner hver nat af smerter i ryggen og kan ikke passe barnet",
        "Jeg vågner hver nat af smerter i lænden og så vækker jeg også hunden",
        "Vi har fået en baby, og nu vågner jeg hver nat pga smerter i ryggen",
        # the pain in other positions too
        "Jeg har kun ondt om natten, også når jeg ligger på siden, det vækker mig hver nat",
        # woken by the pain, however soon asleep again
        "Jeg vågner hver nat af at det gør ondt i ryggen, men sover videre",
        "min far bliver vækket af rygsmerter om natten men sover videre",
        # asleep again only hours later
        "Jeg vågner kl 3 hver nat af smerter i ryggen, og først ved 6-tiden falder jeg i søvn igen",
    ],
)
def test_waking_from_the_pain_itself_is_not_explained_by_a_child_or_a_pet(
    detector: RedFlagDetector, text: str
) -> None:
    assert "natsmerter" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # an empty parked car explains no person hit and no fall
        "Jeg gik ud til bilen som stod parkeret, og så blev jeg påkørt af en varevogn",
        "Mens jeg handlede blev jeg ramt af en bil på parkeringspladsen",
        "Mens jeg var inde at betale faldt jeg ned fra trappen på 3 meter",
        # a height in metres, however played down
        "Jeg faldt ned fra høloftet, ikke særlig højt, vel 3 meter, og landede på ryggen",
        # standing still, or landing askew, says nothing of the crash or the height
        "Jeg holdt stille ved et lyskryds, da en bil kørte op bag i mig, og nu har jeg ondt i"
        " ryggen",
        "Jeg faldt ned fra taget i går og landede lidt skævt på ryggen",
        "Jeg faldt ned fra en stige, ikke særlig højt, vel 11 meter",
        # a thing's height in metres: the fall is still from it
        "Jeg faldt ned fra et 3 meter højt stillads",
    ],
)
def test_a_crash_or_fall_is_not_played_down_by_what_says_nothing_of_its_force(
    detector: RedFlagDetector, text: str
) -> None:
    assert "traume" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Min bil blev påkørt mens jeg var inde og handle, og nu har jeg ondt i ryggen af at bære",
        "Jeg faldt ned fra en skammel, ikke særlig højt, og har ondt i ryggen",
        "Jeg blev påkørt af en bil i 5 km/t på parkeringspladsen",
        # metres that are no height fallen: a thing's height, a distance, an upper bound
        "Jeg faldt ned fra nederste trin på en 3 meter høj stige",
        "Jeg faldt ned fra en stol mens jeg hang gardiner op, loftet er 3 meter højt",
        "Jeg faldt ned fra sidste trin på stigen, vi stod 2 meter fra huset",
        "Jeg faldt ned fra en stige, ikke højt, under 2 m",
    ],
)
def test_a_crash_without_force_or_an_empty_car_stays_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert "traume" not in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Jeg har en gammel knæskade i højre knæ og nu er det venstre ben der svigter", "svaghed"),
        (
            "Jeg venter på en knæoperation og nu kan jeg pludselig ikke løfte foden på det andet"
            " ben",
            "svaghed",
        ),
        (
            "Jeg fik nyt knæ i venstre side, og har haft følelsesløshed i højre fod i 2 måneder og"
            " ondt i lænden",
            "nervetegn",
        ),
        # "for" as a conjunction gives the sign as the cause of the reason
        (
            "Jeg har fået en kostplan for at tage på, for jeg har tabt 12 kilo og har ondt i"
            " ryggen",
            "vaegttab",
        ),
    ],
)
def test_a_reason_of_another_side_or_given_a_cause_by_the_sign_does_not_explain_it(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg fik nyt knæ i højre side for to måneder siden, og nu svigter højre ben engang imellem",
        "Jeg har tabt 6 kilo, for jeg er på slankekur, og har ondt i ryggen",
    ],
)
def test_a_reason_of_the_signs_own_side_still_explains(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Jeg kan ikke lave squat længere fordi mit højre ben er blevet svagere", "svaghed"),
        (
            "Sidder alt for længe på toilettet fordi jeg ikke kan få tisset og har ondt i lænden",
            "blaere-tarm",
        ),
        ("Jeg har skrevet en ms til lægen fordi mit venstre ben svigter", "svaghed"),
    ],
)
def test_a_reason_the_sign_is_given_as_the_cause_of_does_not_explain_it(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the conjunction gives the cause of the reason, and "og" opens another clause
        "Beboer på 63 har været inkontinent i mange år pga sin sclerose og bruger ble. Nu har"
        " hun fået lidt ondt i lænden efter en forflytning. Hjælper varme?",
        "Jeg er på slankekur fordi lægen sagde det, og har tabt 8 kilo",
    ],
)
def test_a_reason_whose_own_cause_is_given_still_explains(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Jeg tisser lidt i bukserne af grin, og nu kan jeg slet ikke mærke når jeg skal tisse",
            "blaere-tarm",
        ),
        # a state of the body, or a reason dated weeks back, is no cause of news after it
        ("Jeg havde ondt resten af dagen og i dag svigter mit venstre ben", "svaghed"),
        (
            "Røntgen af ryggen for et år siden og den var normal, nu er skridtet følelsesløst",
            "foelelsesloes-skridt",
        ),
        ("Jeg var på slankekur for et år siden, og nu har jeg tabt 8 kilo igen", "vaegttab"),
        ("Ryggen var fin i går, og i dag har jeg ondt i lænden og 39 i feber", "feber"),
        (
            "Jeg sad på hug og fik et sæt i ryggen i forgårs og i dag er skridtet følelsesløst",
            "foelelsesloes-skridt",
        ),
        # an operation leads on to a weak leg, not to one weaker by the day
        ("Jeg fik en ny hofte for et år siden, og nu bliver benene svagere hver dag", "svaghed"),
    ],
)
def test_news_told_after_a_reason_that_is_no_cause_is_not_explained_by_it(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # after a cause, "og nu" tells what it led to
        "leg day igår og i dag går jeg som en pingvin, baglår og lænd helt smadret",
        "Jeg løb maraton i søndags og nu kan jeg knap gå",
        "Jeg er på Wegovy og nu har jeg tabt 12 kilo",
        "Jeg har været på slankekur, og nu har jeg tabt 10 kilo og har ondt i ryggen",
        "Jeg har forstuvet anklen og nu kan jeg næsten ikke gå",
        "Vi har fået en baby og nu vågner jeg hver nat og har ondt i lænden",
        "Jeg har fået ny madras og nu vågner jeg af smerter i ryggen",
        # an operation's effect comes after it
        "jeg fik nyt knæ for to måneder siden, og nu svigter benet engang imellem",
        # no news after the reason
        "Jeg var på slankekur for et halvt år siden og har tabt 10 kilo",
        # the news is the fear itself
        "googlede mine rygsmerter og nu tror jeg at jeg har kræft haha",
        # sitting on the toilet hurts the back: no trouble walking
        "hvad hjælper HURTIGT?? skal på arbejde om 2 timer og kan knap sidde på toilettet",
    ],
)
def test_a_cause_that_led_to_the_news_or_tells_what_it_is_still_explains(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "faste" (steady) and "faster" (an aunt) are no fasting
        ("Jeg har tabt 8 kilo på 6 uger og jeg har faste smerter i ryggen", "vaegttab"),
        (
            "Min faster siger jeg er blevet tynd, jeg har tabt 9 kilo og har ondt i ryggen",
            "vaegttab",
        ),
        # 250 cm is no low fall; driving to work is no ambulance driver's work
        ("Faldt ned fra stigen, ca 250 cm, og landede på ryggen", "traume"),
        ("Jeg kører til arbejde på cykel og blev påkørt af en lastbil i morges", "traume"),
        (
            "I mit arbejde som tømrer faldt jeg ned fra et tag i går og har ondt i lænden",
            "traume",
        ),
        # a fear explains no cancer told with its time or treatment
        (
            "Jeg fik tarmkræft i 2019, og nu er jeg bange for at det er kommet igen, for jeg har"
            " ondt i ryggen",
            "kraeft",
        ),
        ("Jeg havde brystkræft for 5 år siden og er nervøs for mine rygsmerter", "kraeft"),
        (
            "Jeg havde tarmkræft for 2 år siden og min læge tror nu at jeg har kræft i knoglerne",
            "kraeft",
        ),
    ],
)
def test_a_reason_word_with_another_meaning_hides_no_sign(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg har fastet og tabt 4 kilo, lidt ondt i ryggen",
        "faldt ned fra en stol, ca 50 cm, ondt i ryggen",
        "min far døde af kræft for 5 år siden og jeg er bange for at det er arveligt, ondt i"
        " ryggen",
        "jeg googlede rygsmerter og nu er jeg bange for kræft",
    ],
)
def test_the_reason_meant_still_explains(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


def test_short_sleep_asked_about_for_the_back_is_no_night_pain(detector: RedFlagDetector) -> None:
    # session 71's probe: the "for" of "et problem for ryggen" was read as the cause of the
    # short sleep; what a thing is a problem or good for is no cause
    text = "jeg sover kun 5 timer om natten, er det et problem for ryggen"
    assert ids(detector, text) == set()
    assert "natsmerter" in ids(detector, "kan ikke sove for smerter i lænden")
    assert "natsmerter" in ids(detector, "vågner hver eneste nat omkring kl 3 af min ryg")
    assert "natsmerter" in ids(detector, "kan ikke sove for smerter, er det farligt for ryggen?")


def test_no_feeling_told_without_haft_is_a_sign(detector: RedFlagDetector) -> None:
    # "ikke haft følelse i" was known, "har ikke følelse i" was not (the review's probes)
    assert "foelelsesloes-skridt" in ids(
        detector, "jeg har ikke følelse i skridtet og ondt i ryggen"
    )
    assert "nervetegn" in ids(
        detector, "jeg har stadig ikke følelse i foden efter 6 uger og ondt i ryggen"
    )
    assert ids(detector, "jeg har ikke følelse af at det bliver bedre, ondt i ryggen") == set()


def test_waking_from_pain_told_against_another_cause_is_night_pain(
    detector: RedFlagDetector,
) -> None:
    assert "natsmerter" in ids(
        detector, "Jeg vågner ikke af larm, men af smerter i ryggen hver nat"
    )
    assert "natsmerter" in ids(
        detector, "min mand vågner ikke af vækkeuret men pga smerter i lænden"
    )
    # the denied cause as a clause of its own, a cleft, a reported clause
    assert "natsmerter" in ids(
        detector, "jeg vagner ikke af at skulle tisse men af at lænden gør så ondt"
    )
    assert "natsmerter" in ids(
        detector, "Det er ikke hunden der vækker mig om natten, det er smerterne i ryggen"
    )
    assert "natsmerter" in ids(
        detector, "Min mor fortæller at hun ikke vågner af støj men af smerter i lænden"
    )
    assert ids(detector, "hun siger at hun ikke vågner af smerter i ryggen om natten") == set()
    # the pain not what wakes one, or pain only in one position slept in
    assert ids(detector, "jeg vågner ikke af smerter, men af larm. ondt i ryggen om dagen") == set()
    assert (
        ids(detector, "smerten i lænden vækker mig ikke, men det gør ondt at vende mig i sengen")
        == set()
    )
    assert ids(detector, "Kun ondt om natten når jeg sover på maven, på siden er det fint") == set()


def test_a_reason_still_to_come_in_an_earlier_sentence_explains_nothing(
    detector: RedFlagDetector,
) -> None:
    assert "vaegttab" in ids(
        detector, "Jeg skal på kur i morgen. Har tabt 7 kg de sidste par måneder og ondt i ryggen"
    )
    assert "vaegttab" in ids(
        detector, "Jeg skal på slankekur efter jul. Har tabt 6 kg på en måned og ondt i lænden"
    )
    # a diet already under way still explains
    assert (
        ids(detector, "Jeg er på kur. Har tabt 7 kg de sidste par måneder og ondt i ryggen")
        == set()
    )


def test_a_vaccine_given_yesterday_explains_a_fever_one_weeks_ago_does_not(
    detector: RedFlagDetector,
) -> None:
    assert (
        ids(
            detector,
            "fik vaccinen i går og skal have 2. stik om en måned og har lidt feber og ondt i"
            " ryggen i dag",
        )
        == set()
    )
    assert ids(detector, "fik influenzavaccinen i går, nu feber og ondt i ryggen") == set()
    assert ids(detector, "fik vaccinen i morges og har lidt feber og ondt i lænden nu") == set()
    assert ids(detector, "min mand fik stikket i går og har feber og ondt i ryggen") == set()
    # a stab of pain is no jab
    assert "feber" in ids(detector, "fik et stik i ryggen i går og nu har jeg feber")
    assert "feber" in ids(detector, "fik vaccinen for 3 uger siden og har feber og ondt i ryggen")


def test_balance_in_an_exercise_or_a_struck_hip_is_no_weakness(
    detector: RedFlagDetector,
) -> None:
    assert (
        ids(
            detector,
            "Har knogleskørhed. I øvelsen hvor man står på ét ben vælter jeg, men slog mig ikke",
        )
        == set()
    )
    assert ids(
        detector, "min mor på 82 væltede til siden i yoga og slog hoften, nu ondt i lænden"
    ) == {"fraktur"}
    # legs that can no longer stand on one leg, worse each day, are weak
    assert "svaghed" in ids(
        detector, "kan ikke stå på ét ben mere og det bliver værre hver dag, ondt i lænden"
    )


@pytest.mark.parametrize(
    "text",
    [
        "har haft ondt i lænden i 7 uger nu og det er ikke blevet bedre trods øvelser og panodil",
        "det er uge 6 med den her ryg, ingen bedring overhovedet",
        "back pain for 2 months, tried everything, no improvement at all",
        "det er 6 uger siden jeg fik hold i ryggen og det er ikke blevet en dyt bedre",
        # "stået på i 2 måneder" is a time gone on, no baby's age
        "ryggen er ikke et hak bedre, og det har stået på i 2 måneder",
        "lower back pain for 8 weeks, no improvement trods øvelser",
        # "det" is the pain in a chat about the back
        "har lavet øvelserne i 6 uger og det er ikke rigtig blevet bedre",
    ],
)
def test_pain_not_better_at_all_after_six_weeks_is_prompt(
    detector: RedFlagDetector, text: str
) -> None:
    assert "ingen-bedring" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # told as not bad, in a later sentence too
        "Jeg har lavet øvelserne i 6 uger og min lænd er ikke rigtig blevet bedre. Den er ikke"
        " slem, bare irriterende",
        # getting better, or only "not much" better
        "har haft ondt i lænden i 7 uger, men nu er det blevet bedre",
        "har haft ondt i 2 måneder, det er ikke blevet meget bedre men lidt",
        # months on end: pain of long standing
        "Har haft ondt i lænden i 8 måneder nu. Ikke værre, ikke bedre, bare der.",
        # two weeks is inside the article's 2–6 weeks
        "har haft ondt i lænden i 2 uger og det er ikke blevet bedre",
    ],
)
def test_pain_not_bad_getting_better_or_of_long_standing_is_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


def test_very_bad_pain_is_not_cleared_by_having_been_mild_at_first(
    detector: RedFlagDetector,
) -> None:
    assert "ingen-bedring" in ids(
        detector,
        "6 uger med voldsomme smerter i lænden og ingen bedring. Den var ikke slem i starten",
    )


@pytest.mark.parametrize(
    "text",
    [
        # "all of a sudden" told inside the sign
        "Vi er i sommerhus og min kone kan fra det ene øjeblik til det andet ikke gå, ryggen gør"
        " ondt.",
        "Min dreng på 12 klager over ondt i ryggen og fra den ene time til den anden går han helt"
        " mærkeligt og må holde sig i væggen for at komme frem",
        # a walking aid now, walking well two days ago
        "Har lånt min svigermors rollator for at komme rundt i lejligheden, kunne gå helt normalt i"
        " forgårs. ondt i ryggen",
        # it runs unnoticed
        "Har skiftet trusser 3 gange i dag fordi det bare løber uden at jeg mærker noget. Min ryg"
        " har gjort ondt siden jeg løftede en kasse i mandags",
    ],
)
def test_sudden_walking_trouble_and_unnoticed_leaks_told_in_everyday_words_are_acute(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


def test_walking_well_again_is_not_mistaken_for_walking_well_before(
    detector: RedFlagDetector,
) -> None:
    assert ids(detector, "har ondt i ryggen men kan gå helt normalt igen nu") == set()
    assert ids(detector, "min næse løber, ondt i ryggen") == set()


@pytest.mark.parametrize(
    "text",
    [
        "ryggen er låst og blæren føles som en ballon der ikke vil tømme sig, jeg må trykke på"
        " maven for at få noget ud",
        "blæren føles propfyldt men der kommer kun nogle få dråber når jeg prøver, ondt i lænden",
        "min 12-årige siger at hans ben ikke vil og han har ondt i ryggen, han kunne ikke gå hjem"
        " fra skole i dag",
    ],
)
def test_a_bladder_that_will_not_empty_or_legs_that_will_not_walk_are_acute(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


def test_legs_that_would_not_told_in_a_main_clause_with_a_failed_walk_are_acute(
    detector: RedFlagDetector,
) -> None:
    assert (
        detector.check_text(
            "Mine ben ville ikke i dag og jeg kunne ikke gå hjem fra bussen, ondt i lænden"
        ).tier
        is Tier.ACUTE
    )


def test_restless_legs_are_no_weakness(detector: RedFlagDetector) -> None:
    assert (
        ids(detector, "Benene vil ikke ligge stille i sengen og jeg har lidt ondt i ryggen")
        == set()
    )
    assert ids(detector, "har urolige ben, de vil ikke holde sig i ro, og ondt i lænden") == set()
    assert (
        ids(
            detector,
            "mine ben vil ikke sidde stille om aftenen og jeg kunne ikke gå til fodbold i dag pga"
            " ryggen",
        )
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "4 uger med de værste rygsmerter jeg nogensinde har haft, 9 ud af 10",
        "fire uger med ulidelige lændesmerter, har ikke kunnet arbejde",
        "ondt i ryggen i 3 uger, det er det værste jeg har prøvet, kan knap tage sko på selv",
        # (was a calm case of whose the pain is: the person lifted is no subject; the pain is
        # the writer's, and very bad for three weeks)
        "i 3 uger har ryggen været helt smadret, kan ikke engang løfte min søn op",
    ],
)
def test_very_bad_pain_told_after_three_weeks_is_prompt(
    detector: RedFlagDetector, text: str
) -> None:
    assert "ingen-bedring" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # weeks off work, asked about as work
        "Jeg har været sygemeldt i 3 uger med ondt i ryggen, hvornår stopper lønnen?",
        # bad then, well or better now
        "Nu er min ryg heldigvis god igen efter 3 uger med et slemt hold",
        "har haft voldsomme smerter i 3 uger, men nu er det i bedring",
    ],
)
def test_sick_leave_or_bad_pain_now_over_is_no_sign(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "det banker i lænden når jeg ligger stille om natten, og det hjælper ikke at vende mig",
        "kan ikke finde en stilling i sengen hvor lænden ikke dunker, sover max 2 timer i træk",
    ],
)
def test_pain_lying_still_whatever_the_position_is_night_pain(
    detector: RedFlagDetector, text: str
) -> None:
    assert "natsmerter" in ids(detector, text)


def test_rest_among_things_tried_is_no_night_pain(detector: RedFlagDetector) -> None:
    assert (
        ids(
            detector,
            "Min lænd har drillet i 5 år. Jeg har prøvet alt muligt, piller, hvile, ny madras.",
        )
        == set()
    )
    assert (
        ids(detector, "når jeg ligger stille gør det lidt ondt, men det hjælper at vende mig")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "mine køns dele føles helt føle løse og jeg har ondt i lænden",
        "min søn blev på kørt af en varevogn i dag og har ondt i ryggen",
        "det er som om det er be døvet dernede mellem benene, ryggen er låst",
    ],
)
def test_a_compound_split_in_two_is_read_as_one_word(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


@pytest.mark.parametrize(
    "text",
    [
        # two words that are words of their own stay two: no "kræft", no "engang"
        "jeg har fuld kraft i benene men ondt i lænden",
        "jeg gider ikke en gang til, hvordan undgår jeg at få ondt i lænden igen?",
        "for fem år siden havde jeg en prolaps, nu er ryggen bare lidt stiv",
    ],
)
def test_words_that_stand_alone_are_not_joined_into_a_danger_word(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # pain that sets in on lying down
        "når jeg lægger mig om aftenen begynder lænden at dunke, og så er der ingen søvn",
        # driven out of bed at night by the pain
        "om natten er ryggen så slem at jeg må op og gå rundt i stuen",
        "min far står op hver nat ved 3-tiden fordi lænden dunker",
    ],
)
def test_pain_that_sets_in_lying_down_or_drives_one_out_of_bed_is_night_pain(
    detector: RedFlagDetector, text: str
) -> None:
    assert "natsmerter" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # turning over, getting up, or up at night to pee
        "når jeg ligger i sengen og skal vende mig begynder det at gøre ondt i lænden",
        "jeg står op om natten for at tisse, og ryggen er øm når jeg står op om morgenen",
        "tisser tit om natten fordi jeg drikker meget, og har ondt i ryggen når jeg står op",
    ],
)
def test_turning_over_getting_up_or_peeing_at_night_is_no_night_pain(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


def test_night_sweats_soaking_the_sheet_and_looking_thinner_are_signs(
    detector: RedFlagDetector,
) -> None:
    assert "feber" in ids(
        detector, "jeg har svedt hele natten, lagenet var gennemvådt, og lænden gør ondt"
    )
    assert "vaegttab" in ids(
        detector,
        "alle spørger om jeg er på slankekur fordi jeg ser så tynd ud, men det er jeg"
        " ikke. Ondt i lænden",
    )
    # thinner from a diet is explained
    assert (
        ids(detector, "har været på kur og ser tyndere ud, men nu har jeg ondt i lænden") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "min far segner når han prøver at stå, lænden gør ondt",
        "han vælter hver gang han forsøger at gå, og han har ondt i ryggen",
        "kan ikke finde ud af at gå mere, ondt i ryggen",
        "i går kunne jeg gå på tæer med højre fod, i dag kan jeg ikke. det bliver værre og"
        " værre, og ryggen gør ondt",
    ],
)
def test_falling_when_trying_to_walk_or_a_skill_lost_since_yesterday_is_acute(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.ACUTE


@pytest.mark.parametrize(
    "text",
    [
        # balance lost in an exercise, a fear of falling, a quick recovery
        "jeg vælter når jeg prøver at stå på ét ben i øvelsen, ondt i ryggen",
        "jeg er bange for at falde når jeg prøver at gå på isen med min dårlige ryg",
        "i går kunne jeg gå en tur, i dag kan jeg slet ikke sidde ned, men det går hurtigt bedre",
    ],
)
def test_balance_in_exercise_fear_of_falling_or_quick_recovery_is_not_acute(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is not Tier.ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "var på toilettet og der kom kun et lille skvæt selvom jeg skulle, ondt i lænden",
        "min mand trænger ikke til at tisse selvom han har drukket 2 liter, og når han presser"
        " kommer der næsten intet. Han har ondt i ryggen",
        "jeg er tissetrængende men kan ikke få en dråbe ud, og ryggen er låst",
    ],
)
def test_a_splash_a_drop_or_no_urge_after_drinking_is_retention(
    detector: RedFlagDetector, text: str
) -> None:
    assert "blaere-tarm" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg trænger ikke til at tisse lige nu, men ryggen gør ondt",
        "der kom kun et lille skvæt mælk i kaffen, og ryggen gør ondt",
        "kunne ikke mærke mit ben for en måned siden men det er kommet igen, nu kun lidt ondt",
    ],
)
def test_no_urge_now_a_splash_of_milk_or_feeling_come_back_is_no_retention(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "hele numsen og bagsiden af lårene er helt numme, og lænden gør ondt",
        "det føles dovent mellem benene siden i morges, og jeg har hold i ryggen",
        "my dad has back pain and says his bum has gone numb, he can't feel the seat",
    ],
)
def test_a_numb_seat_told_as_both_buttocks_dull_or_gone_numb_is_acute(
    detector: RedFlagDetector, text: str
) -> None:
    assert "foelelsesloes-skridt" in ids(detector, text)


def test_lazy_is_no_numbness(detector: RedFlagDetector) -> None:
    assert ids(detector, "har været doven med øvelserne, ondt i lænden og lidt i lysken") == set()


def test_an_accident_too_late_or_not_feeling_a_poo_is_acute(detector: RedFlagDetector) -> None:
    assert "blaere-tarm" in ids(
        detector, "mærkede ikke at jeg skulle, før det var for sent, to gange i dag. ondt i ryggen"
    )
    assert "blaere-tarm" in ids(detector, "kan ikke mærke når jeg kakker, ryggen gør ondt")
    assert ids(detector, "jeg skulle have været hos lægen før det var for sent, ondt i ryggen") == (
        set()
    )


def test_session_52_review_probes(detector: RedFlagDetector) -> None:
    """The session-52 review's probes that were wrong: woken because of the back, a split
    compound with its ending inflected; a jab this morning, a baby not walking yet and a
    child who wakes one stay calm."""
    assert "natsmerter" in ids(
        detector, "vågner ikke fordi jeg skal tisse, jeg vågner fordi det jager i lænden"
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "er helt føle løs omkring køns delene og har ondt i ryggen"
    )
    assert ids(detector, "jeg vågner ikke fordi ryggen gør ondt, men fordi min mand snorker") == (
        set()
    )
    assert ids(detector, "har 38,2 og ondt i lænden efter stikket i morges") == set()
    assert (
        ids(
            detector, "min søn på 11 mdr kan ikke finde ud af at gå endnu, ondt i ryggen af at bære"
        )
        == set()
    )
    assert (
        ids(
            detector,
            "min lille pige vækker mig hver nat og så har jeg ondt i ryggen når jeg skal op",
        )
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "min mor har knogleskørhed og fik køkkenlågen i ryggen, nu gør lænden ondt",
        "har osteoporose og blev ramt hårdt i ryggen af bagklappen på bilen, ondt i lænden nu",
        "min far på 80 fik barnebarnet hoppende op på ryggen i går og har ondt i lænden",
    ],
)
def test_a_blow_to_the_back_by_a_door_or_a_child_with_fragile_bones_is_a_possible_fracture(
    detector: RedFlagDetector, text: str
) -> None:
    assert "fraktur" in ids(detector, text)


def test_session_52_second_review_probes(detector: RedFlagDetector) -> None:
    """The second session-52 review's probes that were wrong: collapsing when trying to get
    up, walking forgotten in English; nothing to give just after the toilet and a toddler
    learning to walk stay calm."""
    assert (
        detector.check_text(
            "min mor vælter hver gang hun forsøger at rejse sig, lænden gør ondt"
        ).tier
        is Tier.ACUTE
    )
    assert (
        detector.check_text(
            "han klapper sammen når han prøver at gå, og han har ondt i ryggen"
        ).tier
        is Tier.ACUTE
    )
    assert (
        detector.check_text("my legs dont know how to walk anymore, my back hurts").tier
        is Tier.ACUTE
    )
    assert (
        ids(
            detector,
            "kunne ikke få en dråbe ud til urinprøven, jeg havde lige været på toilettet."
            " ondt i ryggen",
        )
        == set()
    )
    assert (
        ids(detector, "lillebror øver sig i at gå og vælter hele tiden, jeg har ondt i lænden")
        == set()
    )


def test_a_temperature_told_roughly_is_fever(detector: RedFlagDetector) -> None:
    assert "feber" in ids(detector, "varm i hovedet, 38 og noget, ondt i lænden")
    # an age told roughly is no temperature
    assert ids(detector, "jeg er 38 og noget og har ondt i ryggen") == set()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("siden sidst i januar og nu er det marts", (8, SIX_TO_NINE_WEEKS)),
        # across the new year
        ("siden midt i december og nu er det midt i februar", (10, SIX_TO_NINE_WEEKS)),
        ("siden jul og nu er det februar", (6, SIX_TO_NINE_WEEKS)),
        # three to five months; Easter is early April
        ("siden januar, nu er det april", (5, THREE_TO_FIVE_MONTHS)),
        ("siden påske og nu er det midt i juni", (8, THREE_TO_FIVE_MONTHS)),
        # four weeks, or eleven months, are neither
        ("siden marts og nu er det april", None),
        ("siden januar og nu er det december", None),
        # no start told
        ("i januar og nu er det marts", None),
    ],
)
def test_spans_are_read_from_two_dates(text: str, span: tuple[int, str] | None) -> None:
    assert dated_span(analyse(text).words) == span


def test_pain_dated_six_to_nine_weeks_back_and_still_bad_is_prompt(
    detector: RedFlagDetector,
) -> None:
    assert "ingen-bedring" in ids(
        detector,
        "min mor har haft så ondt i lænden siden midt i februar at hun ikke kan sove, og nu"
        " er det midt i april",
    )
    assert ids(detector, "ondt i ryggen siden marts, nu er det april") == set()
    assert (
        ids(
            detector,
            "sygemeldt siden starten af marts og nu er det midt i april, ryggen er meget bedre",
        )
        == set()
    )


def test_session_53_review_leftovers(detector: RedFlagDetector) -> None:
    assert "gangbesvaer" in ids(
        detector, "min mor skal pludselig bruge stok for at kunne gå, det kom i morges"
    )
    assert "gangbesvaer" in ids(detector, "I need crutches now to walk, it came on suddenly")
    # a walking aid of long standing
    assert ids(detector, "min far på 80 går med stok og har ondt i lænden") == set()
    assert ids(detector, "min mor bruger stok, og siden i går har hun haft ondt i ryggen") == set()
    # ... but an aid needed since a sudden pain is acute
    assert "gangbesvaer" in ids(
        detector, "fik pludselig hekseskud i går og må nu bruge krykker for at komme rundt"
    )
    # ... and a sudden need for the aid, told in the sentence before the back's pain
    assert "gangbesvaer" in ids(
        detector,
        "Har måttet bruge krykker i dag for at komme ud i køkkenet, det kom helt pludselig."
        " Ondt i ryggen",
    )
    assert "ingen-bedring" in ids(detector, "jeg har stadig så ondt efter 3 uger")
    assert ids(detector, "har stadig lidt ondt efter 3 uger men det går fremad") == set()
    # the top of a scale is no pain told
    assert ids(detector, "har stadig ondt efter 3 uger, hvor 10 er max ondt er jeg på 2") == set()


def test_session_55_review_findings(detector: RedFlagDetector) -> None:
    # woken night after night, the night told first
    assert "natsmerter" in ids(detector, "hver nat vågner jeg med smerter i ryggen")
    assert ids(detector, "hver nat vågner jeg med en tør mund") == set()
    # "på kort" is how "påkørt" is typed without ø, but "på kort tid" hits nobody
    assert ids(detector, "ryggen blev bedre på kort tid efter jeg startede øvelserne") == set()
    assert ids(detector, "på kort sigt hjælper varme, men ryggen er stadig øm") == set()
    assert "traume" in ids(detector, "blev paa kort af en bil i går og har ondt i ryggen")
    # a full bladder told before nothing comes, a word between
    assert "blaere-tarm" in ids(
        detector, "blæren føles helt fyldt men der kommer ingenting, ryggen er gået i baglås"
    )
    # six weeks of pain that will not pass, in one sentence
    assert "ingen-bedring" in ids(detector, "har haft ondt i ryggen i 6 uger og det går ikke over")
    assert ids(detector, "ondt i 8 uger. Det bliver langsomt bedre, men det er der stadig") == set()
    # "i fred" is in peace, no trouble emptying the bladder
    assert ids(detector, "har ikke kunnet tisse i fred for mine børn, og ryggen gør ondt") == set()
    assert "blaere-tarm" in ids(detector, "kan ikke tisse, det kommer ikke, ryggen gør ondt")
    # cancer of an organ in one word; sleeping in a chair for the pain
    assert "kraeft" in ids(detector, "min mor er tarmkræftpatient og har ondt i lænden")
    assert "kraeft" in ids(detector, "jeg er brystkræftopereret og har nu ondt i ryggen")
    assert ids(detector, "min mand er knæopereret, jeg har ondt i lænden af at hjælpe") == set()
    assert "natsmerter" in ids(detector, "sover i stolen fordi det gør for ondt at ligge ned")
    # old age told in words, and a fall
    assert "fraktur" in ids(detector, "min ældre mor faldt i går og har ondt i ryggen")
    assert ids(detector, "går rundt som en gammel mand efter et hold i ryggen") == set()


def test_session_56_review_findings(detector: RedFlagDetector) -> None:
    # weeks past the article's 2–6 without improvement, in everyday words
    assert "ingen-bedring" in ids(detector, "har stadig ondt efter 6 uger")
    assert "ingen-bedring" in ids(
        detector, "ryggen har gjort ondt i 3 måneder og det er ikke blevet bedre"
    )
    assert "ingen-bedring" in ids(detector, "rygsmerterne har varet 2 måneder og de er uændrede")
    assert "ingen-bedring" in ids(
        detector, "det bliver bare ikke bedre, det har varet i flere måneder"
    )
    # ... but another complaint no better is no sign of the back
    assert ids(detector, "hosten er slet ikke blevet bedre på 6 uger") == set()
    assert ids(detector, "min skulder er ikke blevet bedre i 3 måneder") == set()
    assert ids(detector, "Jeg har haft ondt i lænden i 2 måneder, er det så kronisk?") == set()
    assert (
        ids(detector, "det har været slemt i 6 uger men nu er det begyndt at blive bedre") == set()
    )
    assert (
        ids(detector, "ondt i 3 måneder, lægen sagde det var muskulært, det bliver ikke bedre")
        == set()
    )
    # leakage told without a bladder word
    assert "blaere-tarm" in ids(
        detector, "det drypper bare ud uden jeg kan styre det, ondt i ryggen"
    )
    assert "blaere-tarm" in ids(
        detector, "ryggen gik i går og nu er jeg begyndt at lække, uden at mærke det"
    )
    # high-energy trauma told in other words; an accident only seen is nobody's
    assert "traume" in ids(detector, "blev tacklet af en bil på cykelstien og har ondt i ryggen")
    assert "traume" in ids(
        detector, "tabte balancen på taget og røg ned på terrassen, ryggen gør ondt"
    )
    assert (
        ids(detector, "jeg så en bilulykke på vej til arbejde, og så har jeg ondt i ryggen")
        == set()
    )
    # old age and a fall; a grandparent's new pain alone is no sign
    assert "fraktur" in ids(
        detector, "min svigerfar på 91 er gået i gulvet og har nu ondt i ryggen"
    )
    assert "fraktur" in ids(detector, "farmor faldt i går og har ondt i ryggen")
    assert ids(detector, "min mormor har fået ondt i ryggen") == set()
    assert "vaegttab" in ids(detector, "er blevet mærkbart tyndere uden grund og ryggen er øm")
    # a sign named, not had: checked for, seen in a video, explained to patients
    assert (
        ids(detector, "lægen har tjekket mig for cauda equina og det var negativt, har ondt")
        == set()
    )
    assert ids(detector, "har set en video om cauda equina og blev bange, ondt i lænden") == set()
    assert ids(detector, "lægen udelukkede feber og infektion, ondt i lænden") == set()
    # walking hard for thighs sore after training
    assert ids(detector, "jeg kunne næsten ikke gå efter crossfit i går, lårene er ømme") == set()


def test_session_56_probe_findings(detector: RedFlagDetector) -> None:
    # legs weakening told in other words
    assert "svaghed" in ids(detector, "kraften i højre ben forsvinder, det startede i går")
    assert "svaghed" in ids(detector, "mine ben bliver tungere og tungere, ondt i lænden")
    assert "svaghed" in ids(
        detector,
        "kan ikke længere rejse mig fra stolen, og i forgårs kunne jeg fint. ondt i lænden",
    )
    # ... but walking well told outright is none, and a past ability keeps its sign
    assert ids(detector, "går som en pingvin pga ryggen haha, men jeg kan sagtens gå") == set()
    assert "svaghed" in ids(
        detector,
        "ondt i ryggen og nu er begge fødder slatne og jeg falder, kunne fint gå i forgårs",
    )
    # the urge felt and nothing comes; the buttocks and the backs of the thighs numb
    assert "blaere-tarm" in ids(
        detector, "jeg kan mærke at jeg skal, men der kommer ikke noget. ondt i ryggen"
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "numsen og bagsiden af lårene er helt døde, kan ikke mærke når jeg sætter mig"
    )
    # trauma: a fall down a tree, one vehicle against another
    assert "traume" in ids(detector, "faldt ned af et træ, landede på ryggen på fliserne")
    assert "traume" in ids(detector, "knallert vs bus i morges. er ok men ryggen gør ondt")
    # the family's cancer is not one's own
    assert (
        ids(detector, "havde kræft i familien, men jeg har selv aldrig haft det. ondt i lænden")
        == set()
    )
    # a fever put down to the jab; a school assignment; a diet
    assert ids(detector, "har lidt feber pga vaccination i går og ryggen er lidt øm") == set()
    assert ids(detector, "laver en skoleopgave om inkontinens og rygproblemer") == set()
    assert ids(detector, "har tabt 5 kg på lavkarbo og er glad, ryggen er lidt øm") == set()
    assert "feber" in ids(detector, "ondt i ryggen og haft febertemperatur om aftenen")
    # woken by the back itself; not a wink of sleep for it; lying still at night no help
    assert "natsmerter" in ids(detector, "bliver vækket af min ryg flere gange hver nat")
    assert "natsmerter" in ids(detector, "får ikke en blund om natten pga ryggen")
    assert "natsmerter" in ids(
        detector,
        "smerten i lænden er der også når jeg ligger helt stille i sengen om natten,"
        " den går ikke væk",
    )
    assert (
        ids(detector, "Min ryg vækker mig aldrig om natten, kun når jeg har stået længe") == set()
    )
    # no change at all for months
    assert "ingen-bedring" in ids(
        detector, "lændesmerter der har varet i et kvart år uden at ændre sig"
    )


def test_session_57_probe_findings(detector: RedFlagDetector) -> None:
    # pain dated back three to five months by two dates, Easter among them
    assert "ingen-bedring" in ids(
        detector, "rygsmerter siden januar, nu er det april og ingen forbedring"
    )
    assert "ingen-bedring" in ids(
        detector, "siden påske har jeg haft ondt i ryggen, og det bliver ikke bedre, nu er det juni"
    )
    assert (
        ids(detector, "ondt i ryggen siden januar, nu er det april, og det er meget bedre") == set()
    )
    # weakness unchanged for weeks is a nerve sign, not a rapidly increasing weakness
    for text in (
        "Jeg kan ikke stå på hælen på venstre ben, det har jeg ikke kunnet i 3 uger, det er"
        " hverken bedre eller værre",
        "udstråling og kraftnedsættelse i benet, det har ikke ændret sig siden for 4 uger siden",
        "har svært ved at gå på hælene med højre fod, har været sådan siden januar og det er"
        " ikke blevet bedre. ondt i ryggen og ned i benet",
    ):
        assert "nervetegn" in ids(detector, text)
        assert not {"svaghed", "gangbesvaer"} & ids(detector, text)
    # ... but fine a day ago, or going fast, it is
    assert "svaghed" in ids(
        detector,
        "jeg kan ikke rejse mig fra stolen fordi benene ikke har nogen kraft mere, det var ikke"
        " sådan i går",
    )
    assert "svaghed" in ids(
        detector,
        "måtte låne en kørestol i dag fordi mine ben ikke vil mere, det startede i forgårs med"
        " ondt i ryggen og er gået rigtig stærkt",
    )
    assert "svaghed" in ids(
        detector, "mine ben er ved at gå i stå, de bliver tungere og tungere, ondt i lænden"
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "begge balder føles sovet ind og det går ikke væk, ondt i lænden"
    )
    # a nerve sign no better after treatment kept up; years of steroids
    assert "nervetegn" in ids(
        detector,
        "har nerveirritation ned i benet som ikke bliver bedre trods fysioterapi, snurren i tæerne",
    )
    assert "steroid-ryg" in ids(
        detector, "mange års brug af steroider og nu pludselig ondt i ryggen"
    )
    # night pain: an hour of the night; a child whose own back wakes it
    assert "natsmerter" in ids(
        detector,
        "Hver nat ved 2-tiden vågner jeg med en dyb smerte i ryggen og kan ikke finde en"
        " stilling hvor den forsvinder",
    )
    assert ids(detector, "vågner kl 6 med ondt i ryggen") == set()
    assert "natsmerter" in ids(
        detector, "Mit barn på 14 vågner om natten og græder fordi ryggen gør ondt"
    )
    assert ids(detector, "Min baby har kolik og græder hele natten, hvad kan jeg gøre?") == set()
    assert ids(detector, "min datter på 3 vækker mig hver nat, og jeg har ondt i lænden") == set()
    # others see the weight loss; a drink given up explains it
    assert "vaegttab" in ids(
        detector, "folk siger jeg er blevet tynd og det har jeg ikke gjort noget for, ryggen værker"
    )
    assert (
        ids(
            detector,
            "jeg er faldet lidt i vægt efter jeg stoppede med at drikke sodavand, og har fået"
            " hold i ryggen",
        )
        == set()
    )
    # a cancer patient in one's care is not one's own cancer
    assert (
        ids(
            detector,
            "Har en kræftpatient i min familie som jeg passer, og jeg får ondt i ryggen af at"
            " løfte hende",
        )
        == set()
    )
    # a condition feared, or a fall in a book, is nobody's sign; a sign told after the fear
    # still is
    assert (
        ids(
            detector,
            "Min mand frygter han har cauda equina fordi han har læst om det, men han kan tisse"
            " og mærke alt som normalt",
        )
        == set()
    )
    assert (
        ids(detector, "I den bog jeg læser, falder hovedpersonen ned fra et tag og brækker ryggen")
        == set()
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "jeg frygter at det er cauda equina, jeg kan ikke mærke når jeg tørrer mig"
    )
    # a numb seat after a long ride passes
    assert (
        ids(detector, "numsen sover når jeg har siddet på cyklen i 3 timer, men det går over")
        == set()
    )


def test_session_58_probe_findings(detector: RedFlagDetector) -> None:
    # a passing only expected is no passing
    assert "feber" in ids(
        detector, "ondt i lænden og feber i to dage nu, troede det gik over af sig selv"
    )
    assert ids(detector, "havde feber og ondt i ryggen, men det gik over af sig selv") == set()
    # the backs of both thighs are the saddle's edge
    assert "foelelsesloes-skridt" in ids(
        detector, "omkring numsehullet og ned bag på lårene føles det som vat, ondt i lænden"
    )
    # weakness the same for weeks is a persistent nerve sign, not an increasing weakness
    for text in (
        "svag fod og iskias i 5 uger, snubler over kanten, det er det samme hele tiden",
        "kan ikke gå på hælen med venstre fod i en måned, ikke værre men heller ikke bedre,"
        " ondt i ryggen",
        "stråler ned i benet og har svært ved at gå på tæer siden for en måned siden, det er"
        " uændret",
    ):
        assert "nervetegn" in ids(detector, text)
        assert not {"svaghed", "gangbesvaer"} & ids(detector, text)
    # pain so poor that a walk is out of the question, for six weeks
    assert "ingen-bedring" in ids(
        detector, "ryggen er så dårlig at jeg ikke kan gå en tur, og sådan har det været i 6 uger"
    )
    # a cat's fall, a textbook, a festival queue and night feeds are nobody's sign
    assert (
        ids(
            detector,
            "katten faldt ned fra 2. sal men klarede den, jeg fik et lille slag i ryggen da jeg"
            " hentede den",
        )
        == set()
    )
    assert ids(detector, "lærebogen nævner ridebukseanæstesi, hvad betyder det?") == set()
    assert (
        ids(
            detector,
            "kunne ikke tisse hele aftenen fordi der var lang kø til toiletterne, lidt ondt i"
            " ryggen",
        )
        == set()
    )
    assert (
        ids(detector, "vågner to gange hver nat til amning og har ondt i lænden om morgenen")
        == set()
    )
    assert "natsmerter" in ids(detector, "jeg vågner hver nat af smerter i lænden")


def test_session_59_review_findings(detector: RedFlagDetector) -> None:
    # crawling about an attic or a crawl space is work, told in any tense, with "et" or not
    for text in (
        "vvs'er, har kravlet rundt på et loft i to dage og nu er lænden helt stiv",
        "kravler rundt i en krybekælder hver dag på arbejdet, ondt i ryggen om aftenen",
    ):
        assert ids(detector, text) == set()
    assert "gangbesvaer" in ids(detector, "kan ikke gå, må kravle rundt på gulvet, ondt i ryggen")
    # the hour one goes to work is no pain at night; pain at that hour is
    assert ids(detector, "møder kl 4 om natten på bageriet, lænden gør ondt ved løft") == set()
    assert "natsmerter" in ids(detector, "jeg vågner kl 3 om natten af smerter i lænden")
    # new back pain at 70+ that is already getting better, told in a later sentence
    assert (
        ids(
            detector,
            "Jeg er 76. I weekenden fik jeg ondt i lænden. Det er allerede lidt bedre i dag.",
        )
        == set()
    )
    assert "ny-ryg-alder" in ids(
        detector, "Jeg er 76. I weekenden fik jeg pludselig ondt i ryggen."
    )
    # tipping over in an exercise, a "men" between, is balance, not trouble walking
    assert ids(detector, "jeg prøver den nye øvelse, men jeg vælter hele tiden") == set()
    assert "gangbesvaer" in ids(
        detector, "jeg vælter hele tiden og kan næsten ikke gå, ondt i ryggen"
    )


def test_session_60_review_findings(detector: RedFlagDetector) -> None:
    # barely making it to the toilet is no accident
    assert (
        ids(
            detector,
            "var så stiv i ryggen at jeg næsten ikke nåede ud på toilettet i nat fordi det tog"
            " lang tid at komme op af sengen, men jeg nåede det",
        )
        == set()
    )
    assert "blaere-tarm" in ids(detector, "nåede ikke ud på toilettet i nat, ondt i ryggen")
    # five weeks no better, with painkillers every day only to bear it
    assert "ingen-bedring" in ids(
        detector,
        "har haft ondt i lænden i 5 uger nu, det er ikke blevet en tak bedre, og jeg tager"
        " smertestillende hver dag for at holde det ud",
    )
    # the weight told now against before, with a loss not sought; not a weight told alone
    assert "vaegttab" in ids(
        detector,
        "jeg har ikke villet tabe mig men vejer nu 64 i stedet for 72, og ryggen er begyndt at"
        " gøre ondt",
    )
    assert ids(detector, "jeg vejer nu 80 i stedet for 72 og har ondt i ryggen") == set()
    # free of a sign is its denial; becoming free of the pain is no denial of it
    assert ids(detector, "jeg er fri for feber, men har ondt i lænden") == set()
    assert "feber" in ids(detector, "bliver jeg fri for feberen? har 39 og ondt i lænden")
    # a weak foot for a month, neither better nor worse, is a lasting nerve sign, not an
    # acute trouble walking
    found = ids(
        detector,
        "har svaghed i højre fod, kan ikke gå på hælen, det har været sådan i en måned og er"
        " ikke blevet bedre, men heller ikke værre",
    )
    assert "nervetegn" in found and "gangbesvaer" not in found


def test_session_61_review_findings(detector: RedFlagDetector) -> None:
    # pain for months, not better at all despite physiotherapy: past the article's 2–6 weeks
    # "trods hjemmebehandling"; not a few days of it
    assert "ingen-bedring" in ids(
        detector,
        "ondt i lænden siden før påske, ligger på sofaen hver aften, det er ikke blevet det"
        " mindste bedre trods fysio",
    )
    assert ids(
        detector, "ryggen er ikke blevet bedre trods fysio, men det er kun 3 dage siden"
    ) == (set())


def test_session_62_review_findings(detector: RedFlagDetector) -> None:
    # radiating pain down the leg, sciatica named or told, for weeks and no better or not
    # passing: a nerve sign that persists (the article's "tegn på nervepåvirkning som
    # udstråling"); not the weeks alone, nor a few days, nor a "what if"
    for persisting in (
        "det har strålet ned i venstre ben til knæet i fire uger, og det bliver ikke bedre",
        "jeg har haft ischias i 5 uger nu. Den går ikke væk",
    ):
        assert "nervetegn" in ids(detector, persisting)
    for calm in (
        "min iskias har varet 3 uger, hvad kan jeg selv gøre?",
        "har haft iskias i 3 dage og det er ikke blevet bedre endnu",
        "hvad hvis min iskias ikke går over efter 6 uger?",
    ):
        assert ids(detector, calm) == set()
    # no progress at all after weeks of massage and exercises at home
    assert "ingen-bedring" in ids(
        detector,
        "har haft ondt i ryggen i 8 uger, har lavet øvelserne hver dag, og det har ikke rykket sig",
    )
    # a leak not felt as it comes, the bowel told only as "maven"
    assert "blaere-tarm" in ids(
        detector,
        "noget galt med maven, kan ikke holde på det, det kommer uden at jeg mærker det,"
        " og ryggen gør ondt",
    )
    # a "what if" goes on into its outcome ("..., så jeg ikke kan mærke skridtet?")
    assert (
        ids(
            detector,
            "hvad nu hvis diskusprolapsen klemmer nerverne, så jeg ikke kan mærke skridtet?",
        )
        == set()
    )
    # a fall asked of as a "what if", the osteoporosis told as news: no fall happened
    assert (
        ids(detector, "hvad gør jeg hvis far falder og slår ryggen? Han har knogleskørhed nu.")
        == set()
    )
    assert "fraktur" in ids(
        detector, "far har knogleskørhed og faldt i går, nu har han ondt i ryggen"
    )
    # a second review set: a height told "to og en halv meter" is no "en halv meter"
    assert "traume" in ids(
        detector, "gled på stilladset og faldt tre og en halv meter ned, har ondt i lænden"
    )
    assert ids(detector, "faldt en halv meter ned fra trappen og har ondt i lænden") == set()
    # the sign named first, denied after it ("Feber har jeg heller ikke.")
    assert ids(detector, "ondt i lænden efter havearbejde. Feber har jeg heller ikke.") == set()
    assert ids(detector, "I have a temperature of 39. My back is totally fine.") == set()
    # no trouble noticed of the leg ("ikke mærket noget til benet") is no feeling lost
    assert ids(detector, "har ikke mærket noget til benet i over tre måneder") == set()
    assert "nervetegn" in ids(
        detector, "har ikke kunnet mærke min venstre fod i 4 uger og har ondt i lænden"
    )
    # seasons back date a fall as past
    assert ids(detector, "mormor på 88 faldt på isen for to vintre siden") == set()
    # a third review set: "har det ikke" answering the question before it denies the sign
    # it asks about, as "Nej." does; told as so now, it stands
    assert ids(detector, "er det farligt hvis benene svigter? har det ikke") == set()
    assert "svaghed" in ids(detector, "er det farligt hvis benene svigter? det gør de nu")


def test_session_63_review_findings(detector: RedFlagDetector) -> None:
    # a tackle in a contact sport with very bad pain after it: a high-energy blow (possible
    # fracture); the same tackle with a sore back is everyday
    assert "traume" in ids(
        detector, "blev tacklet hårdt til fodbold i går, og nu har jeg store smerter i lænden"
    )
    assert "traume" in ids(
        detector, "fik en tackling til rugby og ryggen smerter helt vildt nederst"
    )
    assert ids(detector, "fik en tackling til fodbold i søndags og nu er lænden lidt øm") == set()
    # lying on the floor to play is no one stuck on the floor
    assert (
        ids(detector, "min søn hoppede op på ryggen af mig mens jeg lå på gulvet, nu er den øm")
        == set()
    )
    assert "gangbesvaer" in ids(detector, "far lå på gulvet i timer, han kunne ikke rejse sig")
    # English: nothing helping after weeks of very bad pain
    assert "ingen-bedring" in ids(
        detector, "really bad pain in my lower back for 7 weeks and nothing is helping"
    )
    # a fever beside a back told not to hurt is no sign of the back; told so only at
    # times, the back still hurts
    assert (
        ids(detector, "har 38,5 i feber af en forkølelse, men min ryg gør slet ikke ondt") == set()
    )
    assert "feber" in ids(
        detector, "har 38,5 i feber, og ryggen gør ikke ondt mens jeg sidder, men ellers meget"
    )
    # a child's bed-wetting as a habit ("stadig", "tit") is no lost control; begun anew it is
    assert ids(detector, "min søn på 7 tisser tit i sengen, kan det komme fra ryggen?") == set()
    assert "blaere-tarm" in ids(
        detector, "min datter på 9 er begyndt at tisse i sengen igen og har ondt i ryggen"
    )
    # a fourth review set (prompt signs in people's words): the time the pain began is no
    # past ("lige så slem som da det startede for 7 uger siden"); nothing has helped at all
    # for weeks; night pain that rest does not ease
    assert "ingen-bedring" in ids(
        detector, "lænden gør præcis lige så ondt som da det begyndte for to måneder siden"
    )
    assert "ingen-bedring" in ids(detector, "ingenting har hjulpet på min ondt i ryggen i 7 uger")
    assert "natsmerter" in ids(detector, "har natlige lændesmerter der ikke letter når jeg hviler")
    assert ids(detector, "ondt i ryggen om natten, men det letter når jeg hviler") == set()


def test_session_66_code_review_findings(detector: RedFlagDetector) -> None:
    # a doubled letter's slip keeps the word's length first: "bærre" is "bærer", not "bare"
    assert "svaghed" in ids(detector, "benene kan ikke bærre mig mere, ondt i lænden")
    assert "natsmerter" in ids(detector, "kan ikke liige ned om natten pga ryggen")
    # the sole of the foot, numb in sciatica, is no saddle with a letter left out
    assert ids(detector, "Iskias ned i benet, kan ikke mærke sålen") == set()
    # "almost gone" is no fever gone; "tell me if" asks
    assert "feber" in ids(detector, "Lower back pain, fever is almost gone but still 38")
    assert ids(detector, "Please tell me if numbness in the groin is dangerous") == set()
    # a denial right before an emoji goes on past it where its clause does: at the start,
    # after "I'm", into "i bukserne"
    assert ids(detector, "Ikke 😅 feber, kun ondt i ryggen") == set()
    assert ids(detector, "Jeg tisser ikke 😅 i bukserne men har ondt i ryggen") == set()
    assert ids(detector, "I'm not 😅 feverish, just back pain") == set()


def test_session_66_review_findings(detector: RedFlagDetector) -> None:
    # a letter typed once too often, or one left out of a word of five, in a sign's words
    assert "ingen-bedring" in ids(detector, "smerten er stadig hellt vild efter 6 uger")
    assert "blaere-tarm" in ids(detector, "har tist i sengn i nat uden at vågne, ondt i ryggen")
    # long use of steroids told as about so long, or as "long time", then new back pain
    assert "steroid-ryg" in ids(
        detector,
        "Jeg har fået prednisolon-tabletter for min gigt i snart et år. nu er jeg begyndt at få"
        " ondt i lænden uden nogen grund",
    )
    assert "steroid-ryg" in ids(
        detector, "been on prednisolon for about 8 months and now my lower back has started hurting"
    )
    assert "steroid-ryg" in ids(
        detector,
        "my husband take prednisolon long time for his lungs and now he has got new pain in his"
        " back",
    )
    # ... taken every day, a year now, since a transplant; a course of days stays short
    assert "steroid-ryg" in ids(
        detector, "tager 5 mg prednisolon om dagen for min gigt og har fået ondt i lænden"
    )
    assert "steroid-ryg" in ids(
        detector, "mor er på steroider siden sin levertransplantation, nu har hun ondt i ryggen"
    )
    assert (
        ids(detector, "fik prednisolon 25 mg om dagen i 5 dage for astma, nu ondt i lænden")
        == set()
    )
    # "sover ikke pga ryggen": the "not" is the sleep's; a cause other than the back told
    # by the doctor still clears night pain
    assert "natsmerter" in ids(detector, "kan ikke sove, sover ikke pga ryggen, dunker hele natten")
    assert (
        ids(
            detector,
            "vågner om natten med smerter, men lægen siger det ikke er pga ryggen, det er en klemt"
            " hudnerve",
        )
        == set()
    )
    # very bad pain that nothing tried made a difference to, for months
    assert "ingen-bedring" in ids(
        detector,
        "ondt i lænden i 2 måneder. det er ret slemt, jeg kan knap tage strømper på og hverken"
        " pamol eller øvelserne har gjort en forskel",
    )
    # nerve signs week after week
    assert "nervetegn" in ids(detector, "prikken ned i benet uge efter uge, og ryggen er øm")
    # English "if" after "can't tell", a word between, is "whether", no what-if
    assert "blaere-tarm" in ids(
        detector, "my back is killing me and I cant tell anymore if my bladder is full"
    )
    # walking gone within the hour from normal to dragging oneself; dragging oneself to
    # work every day is no sudden trouble
    assert "gangbesvaer" in ids(
        detector,
        "på en halv time er det gået fra at hun kunne gå fint til at hun slæber sig af sted,"
        " ondt i lænden",
    )
    assert ids(detector, "jeg slæber mig af sted på arbejde hver dag pga ryggen") == set()
    # legs that carry one only minutes: the minutes are no trouble passing; trouble that
    # passes after them is
    assert "svaghed" in ids(
        detector, "ondt i ryggen og benene bærer mig ikke, efter 10 minutter må jeg sætte mig"
    )
    assert (
        ids(detector, "svært ved at gå om morgenen pga ryggen, efter 5 min går jeg helt normalt")
        == set()
    )
    # an emoji after a "not" that closes its clause is a stop: the "not" denies nothing
    # after it (a "not" after "har", "kan" goes on: "har ikke 🙏 tabt mig")
    assert "feber" in ids(
        detector, "panodil virker ikke 😩 39 i feber og ondt i ryggen siden i går"
    )
    # a height told as "two and a half" without "og"; a motorbike into the crash barrier;
    # a neighbour across the street is another person
    assert "traume" in ids(
        detector, "faldt ned fra garagetaget, vel to en halv meter, og har ondt i ryggen"
    )
    assert "traume" in ids(detector, "kørte motorcykel mod autoværnet i går, ondt i lænden nu")
    assert "fraktur" in ids(
        detector,
        "min genbo har knogleskørhed, hun gled i bruseren i lørdags. nu har hun ondt i ryggen",
    )
    # the seat of cycling shorts, or the saddle, as the region that has gone numb
    assert "foelelsesloes-skridt" in ids(
        detector, "huden sover i et område som en cykelbukse, og lænden gør ondt"
    )
    assert ids(detector, "jeg har købt nye cykelbukser, ondt i lænden efter turen") == set()
    # a consonant split off a danger word; the temperature brought down with pills; "bag
    # i låret" is no split word
    assert "feber" in ids(detector, "har ondt i lænden og febe r siden i går")
    assert "feber" in ids(
        detector, "tager panodil hver 6. time for at få varmen ned, og ryggen gør mere ondt"
    )
    assert (
        ids(detector, "kun lidt træk bag i låret, ingen prikken eller svaghed, må jeg træne?")
        == set()
    )


def test_session_65_review_findings(detector: RedFlagDetector) -> None:
    # bowel control told as the stomach; a stomach ache is no such loss
    assert "blaere-tarm" in ids(
        detector,
        "min lænd gør ondt og jeg har ikke haft styr på maven idag, det er bare kommet ud",
    )
    assert ids(detector, "min lænd gør ondt og jeg har ondt i maven i dag") == set()
    # the seat felt as not there is a numb seat; pain in it denied is none
    assert "foelelsesloes-skridt" in ids(
        detector, "det føles som om jeg ikke har nogen bagdel når jeg sidder, og lænden er slem"
    )
    assert ids(detector, "jeg har ikke nogen smerter i bagdelen, kun i lænden") == set()
    # a misstep is a fall for fragile bones, not for a young back
    assert "fraktur" in ids(
        detector,
        "trådte forkert ned fra fortovet og har nu ondt i lænden, jeg har osteoporose",
    )
    assert ids(detector, "trådte forkert i fodbold og har ondt i lænden") == set()
    # the writer introducing themselves in words ("Jeg er en mand på 79 år") is no husband
    assert "fraktur" in ids(
        detector,
        "Jeg er en mand på 79 år og faldt i går over en kantsten. Jeg har siden haft ondt i"
        " lænden.",
    )
    assert "kraeft" in ids(
        detector,
        "Jeg er en mand på 77 år, der blev opereret for prostatakræft for fire år siden. I de"
        " seneste uger har jeg haft smerter i lænden, som jeg ikke kender.",
    )
    # a cause guessed at in a question explains nothing; a cause told does
    assert "natsmerter" in ids(
        detector,
        "smerterne i lænden vækker min mand om natten og han kan ikke finde en stilling der"
        " letter, skal han have en ny madras?",
    )
    assert ids(detector, "vågner om natten af ondt i ryggen fordi madrassen er for blød") == set()
    # a loss told as not meant; one meant, or asked for by the doctor, is none
    assert "vaegttab" in ids(detector, "ryg ondt. tabt 5 kg ikke med vilje.")
    assert (
        ids(detector, "min mand har tabt sig 10 kilo fordi lægen sagde han skulle, ondt i ryggen")
        == set()
    )
    # accidents and no urge all day in everyday words
    assert "blaere-tarm" in ids(
        detector, "har prolaps og i dag er der gået lidt i bukserne uden at jeg mærkede det"
    )
    assert "blaere-tarm" in ids(
        detector, "min ryg gør mega ondt og jeg har slet ikke skulle tisse i hele dag"
    )
    # a leg floppier and floppier, a foot that hangs more than this morning
    assert "svaghed" in ids(
        detector, "mit venstre ben bliver bare slattent å mere slattent, ryggen er også ond"
    )
    assert "svaghed" in ids(
        detector,
        "min fod vil ikke følge med når jeg går, den hænger bare, i morges var det kun lidt men"
        " nu er det hele tiden",
    )
    # a short course of steroids weakens no bones; course after course does
    assert (
        ids(
            detector,
            "fik en kort prednisolonkur for astma sidste år og gled på fortovet, nu ondt i lænden",
        )
        == set()
    )
    assert "fraktur" in ids(
        detector, "har fået mange prednisolonkure de sidste år og gled på isen, nu gør ryggen ondt"
    )
    # steroids taken for good, and back pain begun a week ago: the date is the pain's
    # beginning, not the steroids' end; steroids years back stay past
    assert "steroid-ryg" in ids(
        detector,
        "tager prednisolon fast for min kol og har fået ondt i ryggen for en uge siden",
    )
    assert ids(detector, "tog prednisolon i et år for 10 år siden, nu ondt i lænden") == set()
    # bad at first, only stiffness now: getting better
    assert (
        ids(detector, "3 uger med hold i ryggen, startede slemt men nu er det næsten kun stivhed")
        == set()
    )


def test_session_64_review_findings(detector: RedFlagDetector) -> None:
    # woken only by turning over is no marked night pain; woken by the pain, whatever
    # turning does, is
    assert ids(detector, "jeg vågner kun om natten, når jeg vender mig i sengen") == set()
    assert "natsmerter" in ids(
        detector, "jeg vågner hver nat af smerter i ryggen og kun når jeg vender mig letter det"
    )
    # a reason denied ("det er ikke fordi ...") denies the sign's own "not"; a "not"
    # before a clause that tells the sign, or a reason given, denies nothing
    assert ids(detector, "det er ikke fordi jeg ikke kan mærke noget forneden") == set()
    assert "foelelsesloes-skridt" in ids(
        detector, "lægen tror ikke på at jeg ikke kan mærke mit skridt"
    )
    assert "blaere-tarm" in ids(detector, "er det ikke fordi jeg ikke kan tisse?")
    assert "natsmerter" in ids(
        detector, "jeg sover ikke fordi jeg ikke kan ligge ned for smerter om natten"
    )
    # a fall that nearly happened did not; a fall and then a sign is one
    assert (
        ids(detector, "jeg var lige ved at falde ned fra stigen, men nåede at gribe fat") == set()
    )
    assert "traume" in ids(detector, "jeg faldt ned fra stigen og har voldsomme smerter i ryggen")
    # a sign told with its subject dropped, as chat drops it, then asked about in a clause
    # of its own, is the writer's news; a question that names it as its subject is not
    assert "feber" in ids(detector, "har feber og ondt i ryggen, er det noget at reagere på?")
    assert "feber" in ids(detector, "har 39 i feber og ondt i lænden, er det et faresignal?")
    assert ids(detector, "har feber og rygsmerter noget med hinanden at gøre?") == set()
    assert ids(detector, "har man feber ved prolaps, er det farligt?") == set()
    # a fifth review set (signs in chat fragments): a bike crash with a car, and a hard
    # blow in a game with very bad pain after it, are high-energy trauma
    assert "traume" in ids(detector, "cykelstyrt med en bil i morges og lænden dunker")
    assert "traume" in ids(
        detector, "fik et hårdt slag i ryggen til håndbold, kan næsten ikke røre mig nu"
    )
    assert ids(detector, "fik et hårdt slag i ryggen til håndbold, er lidt øm") == set()
    # ... opened by another verb of telling ("vågner", "tabt")
    assert "natsmerter" in ids(
        detector, "vågner hver nat af smerter i ryggen, er det et rødt flag?"
    )
    assert "vaegttab" in ids(
        detector, "tabt 8 kilo uden at prøve og ondt i ryggen, er det et faresignal?"
    )


def test_session_67_review_findings(detector: RedFlagDetector) -> None:
    # a review set of signs in people's words: a modal particle between a term's words
    # ("burde vel være gået over"), Jutlandic "møj" for "meget", "dovne" for numb
    assert "ingen-bedring" in ids(
        detector, "har haft kæmpe smerter i ryggen i 4 uger, det burde vel være gået over"
    )
    assert "ingen-bedring" in ids(
        detector, "æ har haft så møj ondt i æ ryg i en hel måned og det bliver ikke bedre"
    )
    assert "foelelsesloes-skridt" in ids(detector, "iskias i 3 uger og nu er ballerne helt dovne")
    # a dull ache is no numbness
    assert ids(detector, "jeg har dove smerter i ballerne") == set()
    # over only soon is not over; an illness and its fever told over is
    assert "feber" in ids(detector, "har feber og ondt i ryggen, den er snart overstået")
    assert "feber" in ids(detector, "har feber og ondt i ryggen, det er ikke overstået endnu")
    assert (
        ids(
            detector,
            "fik influenza med høj feber for ti dage siden, den er overstået, men lænden er øm",
        )
        == set()
    )
    # a recovery denied ends nothing
    assert "feber" in ids(detector, "har 39 i feber og ondt i ryggen, det er ikke helet")
    assert "blaere-tarm" in ids(
        detector, "kan ikke holde på vandet og har ondt i ryggen, har ikke været symptomfri"
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "har ondt i lænden og kan ikke mærke noget i skridtet, langt fra overstået"
    )
    # pain of long standing since an old accident is no accident now; a recent one is
    assert ids(detector, "Jeg har haft ondt i ryggen siden et biluheld for 8 år siden") == set()
    assert "traume" in ids(detector, "kørt ned af en bil i går og har haft ondt i ryggen siden")
    # the pain told gone ends a sign of pain, not one that tells none
    assert "foelelsesloes-skridt" in ids(
        detector, "Jeg kan ikke mærke noget i skridtet, men smerterne er væk"
    )
    assert "svaghed" in ids(detector, "Mit ben bliver svagere og svagere, men smerterne er væk")
    assert (
        ids(detector, "jeg vågner hver nat af smerter i ryggen, men smerterne er væk nu") == set()
    )
    # a worry or something read ends at "og" and a person's news in the present; a
    # condition, a subordinate order or a dream goes on
    assert "blaere-tarm" in ids(
        detector, "Jeg er bange for min ryg og jeg kan ikke holde på vandet"
    )
    assert "foelelsesloes-skridt" in ids(
        detector, "Jeg har læst om cauda equina og jeg kan ikke mærke noget i skridtet"
    )
    assert ids(detector, "hvad hvis jeg ikke kan holde på vandet og jeg har ondt i ryggen") == set()
    assert (
        ids(detector, "jeg er bange for at jeg mister følelsen i skridtet og jeg ikke kan tisse")
        == set()
    )
    assert (
        ids(detector, "drømte at mine ben blev helt slatne og jeg faldt om, har lidt ondt i lænden")
        == set()
    )
    # another person's past verb makes no story of a sign with a present verb of its own
    assert "blaere-tarm" in ids(
        detector, "Min mand fik en diskusprolaps og kan ikke holde på vandet"
    )
    assert ids(detector, "min kollega havde en prolaps for 2 år siden og kunne ikke tisse") == set()
    # a sign dated weeks back and told going on since is current; one that did not recur
    # is not
    assert "svaghed" in ids(
        detector,
        "For en uge siden begyndte mit venstre ben at blive svagt. Det er blevet værre hver dag",
    )
    assert (
        ids(
            detector,
            "For to uger siden kunne jeg ikke holde på vandet en enkelt gang, "
            "det er ikke kommet igen",
        )
        == set()
    )
    # a denial's list ends at a clause with a verb of its own, but for "hverken"
    assert "foelelsesloes-skridt" in ids(
        detector, "Ingen feber, numsen er helt følelsesløs eller bedøvet"
    )
    assert (
        ids(detector, "har ikke feber, problemer med at tisse eller følelsesløshed i skridtet")
        == set()
    )
    assert (
        ids(detector, "Jeg har hverken feber, har tabt mig eller har problemer med at tisse")
        == set()
    )
    # a look-alike or a reason never runs over a sentence's end
    assert "gangbesvaer" in ids(
        detector, "Jeg kan ikke forklare det. Jeg kan pludselig næsten ikke gå."
    )
    assert "blaere-tarm" in ids(
        detector, "Jeg orker ikke mere. Har tisset i bukserne uden at mærke det"
    )
    assert "feber" in ids(detector, "Jeg orker ikke mere. Ondt i ryggen og 39 i feber")
    # short danger words slipped; a tag "ik?" asks for agreement, denying nothing
    assert "svaghed" in ids(detector, "Benet bliver mere og mere lamet")
    assert "foelelsesloes-skridt" in ids(detector, "Jeg kan ikke mæke noget i skridtet")
    assert "blaere-tarm" in ids(detector, "kan ikke holde på vandet og har ondt i ryggen, ik?")
    # the writer's "har" before an "og" tells no perfect of another person's old sign
    assert (
        ids(
            detector,
            "Jeg har ondt i ryggen og min far kunne ikke gå efter sin rygoperation for 20 år siden",
        )
        == set()
    )
    # the code review: a "now" before the pain gone keeps a sign of pain; nerve signs and
    # steroids since years back stand; a supposition goes on past "og jeg"
    assert "natsmerter" in ids(
        detector, "Jeg vågner stadig hver nat af smerter i ryggen, men smerten er væk om dagen"
    )
    assert "nervetegn" in ids(
        detector, "Foden er stadig følelsesløs efter 6 uger, men smerterne er væk"
    )
    assert "steroid-ryg" in ids(
        detector, "Jeg tager prednisolon fast siden for 3 år siden og har fået ondt i ryggen"
    )
    assert (
        ids(
            detector, "Sæt nu at jeg vågner i nat og jeg kan ikke mærke mine ben, har ondt i ryggen"
        )
        == set()
    )


RUN_ON_SIGNS = [
    # a date, a denial or another person's past, then the sign with no mark between
    ("Jeg var til lægen for 2 uger siden jeg kan ikke mærke noget i skridtet", "acute"),
    ("Det startede for en uge siden jeg kan ikke holde på vandet", "acute"),
    ("Jeg har ikke feber mit ben bliver svagere og svagere", "acute"),
    ("Det er ikke normalt min numse er helt følelsesløs", "acute"),
    ("Jeg ryger ikke jeg har 39 i feber og ondt i ryggen", "prompt"),
    ("Mit ben bliver svagere og svagere min mand havde det samme for 5 år siden", "acute"),
    # a time written as one word, and a change told from it with no mark between
    ("ryg ondt, imorges kunne jeg stå op, nu kan jeg knap løfte benet", "acute"),
    ("i morges kunne jeg gå nu kan jeg ikke", "acute"),
    # a question after the sign, and a past put first after it
    ("jeg kan ikke holde på vandet det startede i sidste uge er det farligt", "acute"),
    ("benene forsvinder under mig sidste år havde jeg en diskusprolaps", "acute"),
    # an aside that denies keeps to itself
    ("jeg har feber (ikke høj) og ondt i ryggen", "prompt"),
    # a participle is no noun a relative clause may follow
    ("for 3 år siden blev jeg opereret mit ben bliver svagere og svagere", "acute"),
]
RUN_ON_CALM = [
    # the past sign and the writer's news now, with no mark between
    "for et år siden jeg havde feber og ondt i ryggen men nu er det fint",
    "har ondt i ryggen feberen jeg havde i sidste uge er væk",
    "har ondt i ryggen for 2 uger siden jeg havde feber",
    "jeg havde feber og ondt i lænden for en måned siden det var en blærebetændelse nu har jeg"
    " bare ondt i ryggen",
    "jeg havde feber og ondt i ryggen i sidste måned jeg har stadig ondt i ryggen",
    "i dag har jeg ondt i ryggen jeg faldt ned fra et tag for 20 år siden",
    # what is thought, feared or supposed governs the clause after it
    "hvis nu jeg får feber oven i mine rygsmerter, er det så farligt?",
    "jeg tror ikke jeg har feber, men ryggen gør ondt",
    "Min mand frygter han har cauda equina fordi han har læst om det",
    # a relative clause with its "som" left out, and a cleft's "siden"
    "Nattesmerterne jeg havde i foråret er væk, nu gør det kun ondt når jeg står længe",
    "Jeg har ondt i ryggen. Det var for 3 år siden jeg faldt ned fra taget",
]


@pytest.mark.parametrize(("text", "tier"), RUN_ON_SIGNS)
def test_a_run_on_message_keeps_each_clause_to_itself(
    detector: RedFlagDetector, text: str, tier: str
) -> None:
    assert detector.check_text(text).tier.value == tier


@pytest.mark.parametrize("text", RUN_ON_CALM)
def test_a_run_on_message_keeps_past_supposed_and_related_clauses_calm(
    detector: RedFlagDetector, text: str
) -> None:
    assert detector.check_text(text).tier is Tier.NONE


def test_session_68_probe_findings(detector: RedFlagDetector) -> None:
    # a term told of the writer is read told of another person too
    assert "svaghed" in ids(detector, "Min far har ondt i ryggen og benene forsvinder under ham")
    assert "blaere-tarm" in ids(detector, "Min far har ondt i ryggen og vandet går fra ham")
    assert "natsmerter" in ids(
        detector, "Min kone har ondt i lænden. Smerterne holder hende vågen om natten"
    )
    # ... and so is the explanation that clears it
    assert ids(detector, "Min mand har ondt i ryggen. Han har tabt sig fordi han løber meget") == (
        set()
    )
    # but the one carried may be a tired child
    assert (
        ids(
            detector, "jeg måtte bære ham hjem fra legepladsen, han var så træt, og nu har jeg ondt"
        )
        == set()
    )
    # an animal after "fordi" is its clause's subject: its sign is no one's
    assert (
        ids(
            detector,
            "jeg har lidt ondt i ryggen, men jeg skriver fordi min gravhund er begyndt at slæbe"
            " bagbenene efter sig",
        )
        == set()
    )
    # a short aside in brackets stays in its clause: the worry reaches past it
    assert (
        ids(detector, "er lidt bekymret for at min far (71) falder når han går ud på isen") == set()
    )


def test_a_slip_is_repaired_to_the_term_word_that_keeps_the_letters_typed(
    detector: RedFlagDetector,
) -> None:
    # of equally near term words, the one with the æ/ø/å typed ("kærft" is no "kraft")
    assert "kraeft" in ids(detector, "Ny smerte i lænden. Jeg har fået konstateret kærft")
    assert "blaere-tarm" in ids(
        detector, "Jeg har ondt i lænden. Der kommer afføring uden at jeg mækrer det"
    )
    # a letter left out beside æ/ø/å and an "e" ("blæen", "føelsen")
    assert "blaere-tarm" in ids(detector, "Jeg mærker ikke når blæen er fuld og har ondt i ryggen")
    assert "foelelsesloes-skridt" in ids(
        detector, "har ondt i lænden og jeg har mistet føelsen i skeden"
    )


def test_a_slip_in_a_word_only_a_pattern_covers_is_repaired(detector: RedFlagDetector) -> None:
    # the probe's typo grid: such slips were missed 56 % of the time
    assert "traume" in ids(detector, "Jeg havde et biluuheld i tirsdags. Nu gør lænden rigtig ondt")
    assert "kraeft" in ids(detector, "Jeg har prostatakræt og har fået ondt i ryggen")
    assert "feber" in ids(detector, "Ondt i ryggen og har haft kuldgysninger i nat")
    # ... but not an ordinary word's part, nor one that lacks the pattern's first letter
    assert ids(detector, "jeg har mange i min vennekreds med ondt i ryggen") == set()
    assert ids(detector, "jeg kører lastbil i kontinentaleuropa og har ondt i ryggen") == set()


def test_session_68_wording_gaps(detector: RedFlagDetector) -> None:
    # plural "dead" for numb buttocks
    assert "foelelsesloes-skridt" in ids(detector, "Jeg har ondt i lænden. Mine balder føles døde")
    # a baby wetting its nappy, and idioms of standing, are no signs; an adult's are
    assert (
        ids(detector, "Min baby tisser i bleen og jeg har ondt i ryggen af at bukke mig") == set()
    )
    assert "blaere-tarm" in ids(detector, "min mor tisser i bleen og har ondt i ryggen")
    assert ids(detector, "Jeg kan ikke stå for kage, og min ryg er øm") == set()
    # an accident only seen or passed is no trauma of the writer's; one of their own is
    assert ids(detector, "jeg så en trafikulykke og har ondt i lænden") == set()
    assert ids(detector, "jeg kørte forbi en bilulykke i morges og nu har jeg ondt i ryggen") == (
        set()
    )
    assert "traume" in ids(
        detector, "så et biluheld og så blev jeg selv påkørt af en bil og har ondt i ryggen"
    )
    assert ids(detector, "Jeg kan ikke stå model til det her længere, ryggen gør ondt") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kan ikke holde på vandet, men ferien er overstået",
        "Jeg kan ikke mærke noget i skridtet. Knæet er helet",
        "Mit ben bliver svagere og svagere, men feberen er væk",
        "jeg kan ikke holde på vandet og knæet er helet",
        "jeg kan ikke holde på vandet, influenzaen er overstået",
        "Jeg har 39 i feber og ondt i ryggen, men hovedpinen er gået over",
        # two other complaints, another person, and the sign's own "og"
        "jeg kan ikke holde på vandet men hovedpinen og kvalmen er gået over",
        "jeg kan ikke holde på vandet, men min datter er rask igen",
        "mit ben bliver svagere og svagere og hovedpinen er overstået",
        # another person than the one whose sign it is, and another pain
        "min mand kan ikke holde på vandet, men min datter er rask igen",
        "jeg kan ikke holde på vandet men ondt i halsen er overstået",
        # another part of the leg, and an illness named after "kommet mig over"
        "mit ben bliver svagere og svagere, men mit knæ er helet",
        "jeg kan ikke holde på vandet, men jeg er kommet mig over influenzaen",
    ],
)
def test_something_else_told_over_ends_no_sign(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier is not Tier.NONE


@pytest.mark.parametrize(
    "text",
    [
        # the sign itself, its bearer, or the illness that brought a fever told over
        "Jeg kunne ikke holde på vandet efter fødslen, men det er gået over",
        "har haft feber og ondt i ryggen, men feberen er væk nu",
        "havde feber og ondt i ryggen i weekenden, men influenzaen er overstået",
        "Jeg havde 39 i feber og ondt i ryggen, men både feberen og hovedpinen er gået over",
        "Da jeg var 20, væltede jeg på motorcykel, men ryggen blev helt rask",
        # a word of the sign's concept, a word pointing back, the bearer named again
        "jeg kan ikke holde på vandet, men blæren er fin nu",
        "jeg kunne ikke holde på vandet, symptomerne er gået over",
        "min mand kan ikke holde på vandet, men min mand er rask igen",
        "jeg har 39 i feber og ondt i ryggen. feberen er væk",
        "jeg har kun ondt om natten når jeg vender mig i sengen, ellers sover jeg fint",
        "jeg har ikke kunnet tisse i et døgn, men jeg er kommet mig over det",
        "havde feber og ondt i ryggen, men er kommet mig over influenzaen nu",
    ],
)
def test_the_sign_told_over_ends_it(detector: RedFlagDetector, text: str) -> None:
    assert detector.check_text(text).tier is Tier.NONE


def test_whose_illness_it_is_and_whose_back_hurts(detector: RedFlagDetector) -> None:
    # family history beside pain asked about in a sentence that asks is no patient's
    assert ids(detector, "min far havde kræft i prostata, kan ondt i ryggen være arveligt?") == (
        set()
    )
    assert "kraeft" in ids(detector, "min mor har haft kræft og nu har hun ondt i ryggen")
    assert "kraeft" in ids(
        detector, "Min søster har lige afsluttet kemo og nu gør hendes lænd ondt hele tiden"
    )
    # one who only reports the illness, or names the person by another noun, is no other
    assert "kraeft" in ids(
        detector, "Min far har ondt i ryggen. Min bror siger at kræften kan være tilbage"
    )
    assert "kraeft" in ids(
        detector, "Min mor havde tarmkræft. Hun har passet min søn, og nu gør ryggen ondt"
    )
    # a date after "og" and a person with news of its own does not date a sign told now
    assert "kraeft" in ids(
        detector, "min svigermor har ondt i lænden og hun fik brystkræft for 3 år siden"
    )
    assert ids(detector, "jeg kunne ikke holde på vandet og jeg var indlagt for 2 år siden") == (
        set()
    )


def test_strength_and_poor_sleep_are_no_cancer_or_night_pain(detector: RedFlagDetector) -> None:
    assert ids(detector, "har fået mere kraft i benene efter træningen") == set()
    assert "kraeft" in ids(detector, "jeg fik kraft i tarmen for 2 år siden og nu ondt i ryggen")
    assert ids(detector, "Jeg sover ikke så godt for tiden og har ondt i ryggen") == set()
    assert "natsmerter" in ids(detector, "jeg kan ikke sove for smerter i ryggen")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("jeg kunne ikke holde på vandet engang, og nu er det kommet igen", "blaere-tarm"),
        ("jeg kunne ikke holde på vandet sidste år, og det er kommet tilbage nu", "blaere-tarm"),
        ("Jeg har ondt i lænden. Jeg havde feber engang, og nu er det kommet igen", "feber"),
        ("jeg tabte 10 kilo uden grund sidste år, og det er kommet tilbage nu", "vaegttab"),
    ],
)
def test_a_past_sign_told_back_now_is_a_sign(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "jeg kunne ikke holde på vandet sidste år, men det er ikke kommet igen",
        # a feeling lost, then "men det er kommet igen": the feeling is back
        "kunne ikke mærke mit ben for en måned siden men det er kommet igen, nu kun lidt ondt",
        "faldt ned fra et tag for 10 år siden og nu er det blevet værre",
    ],
)
def test_a_past_sign_not_told_back_stays_past(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a sign denied by a clause after it that shares its verb
        "Kræft har jeg ikke",
        "uforklaret vægttab har jeg ikke",
        # "not at all" before the trouble denied
        "jeg har overhovedet ikke svært ved at gå",
        # a time clause put first dates the clause after it
        "dengang jeg var gravid, kunne jeg ikke holde på vandet",
        "Jeg har ondt i lænden. Da jeg var ung, havde jeg feber",
        "da jeg var ung, tabte jeg 10 kilo uden grund",
    ],
)
def test_denials_and_dates_in_other_word_orders(detector: RedFlagDetector, text: str) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("kræft har jeg haft, og nu ondt i ryggen", "kraeft"),
        ("jeg kan overhovedet ikke gå", "gangbesvaer"),
        ("i morges, kunne jeg ikke holde på vandet", "blaere-tarm"),
        (
            "Da jeg var i bad i aftes, opdagede jeg at jeg ikke kunne mærke skridtet",
            "foelelsesloes-skridt",
        ),
        ("sidste år, kunne jeg ikke holde på vandet, og nu kan jeg det heller ikke", "blaere-tarm"),
    ],
)
def test_signs_beside_those_denials_and_dates_stand(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a code review's regressions of this session's rules, each kept as it should be
        ("Min far kan ikke holde på vandet og han fik det for 5 år siden", Tier.NONE),
        ("Jeg er lam i venstre ben da jeg fik en blodprop i 2012", Tier.NONE),
        (
            "Jeg havde svært ved at gå og mit ben var svagt men jeg er kommet mig over prolapsen",
            Tier.NONE,
        ),
        ("Min far havde kraft i benet som barn og nu har han ondt i ryggen", Tier.PROMPT),
        ("Jeg fik følelsesløshed i skridtet for tre uger siden og det er kommet igen", Tier.ACUTE),
        ("jeg kunne ikke holde på vandet sidste år, men nu er det kommet igen", Tier.ACUTE),
        ("Jeg mistede kraften i benet i sidste måned, og nu er den kommet tilbage", Tier.NONE),
        (
            "Jeg kunne ikke holde på vandet i sidste måned, og nu er det stadig ømt i ryggen",
            Tier.NONE,
        ),
        ("Min far væltede på motorcyklen. Jeg er bekymret, ryggen gør ondt", Tier.ACUTE),
        ("Min mor er i kemo, hvad angår ondt i ryggen er det blevet meget værre", Tier.PROMPT),
        ("Da jeg var i bad, opdagede jeg at jeg ikke kunne mærke mit skridt", Tier.ACUTE),
        ("Sidste år flyttede jeg til Aarhus, og jeg kan ikke holde på vandet", Tier.ACUTE),
        ("har sagt nej til kemo for min brystkræft og har fået ondt i ryggen", Tier.PROMPT),
        ("Så høj feber har jeg aldrig haft, og ryggen gør ondt", Tier.PROMPT),
        ("jeg kunne ikke mærke mit ben for en måned siden og kraften er vendt tilbage", Tier.NONE),
        ("jeg tabte 10 kilo uden grund sidste år og uden grund er det kommet igen", Tier.PROMPT),
        # a denial after "og" denies its own thing, not the sign told before it
        ("Jeg kan ikke holde på vandet, og feber har jeg ikke", Tier.ACUTE),
        ("feber og vægttab har jeg ikke, men ondt i ryggen", Tier.NONE),
    ],
)
def test_the_rules_of_session_69_against_their_review(
    detector: RedFlagDetector, text: str, tier: Tier
) -> None:
    assert detector.check_text(text).tier is tier


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a probe's wordings (session 70), each a family of words now in the vocabulary
        ("har kun tisset en lille smule siden i går morges og lænden smerter", "blaere-tarm"),
        ("sex føles ikke af noget længere, jeg kan ikke mærke det", "foelelsesloes-skridt"),
        ("er det farligt at det er sovende i skridtet?", "foelelsesloes-skridt"),
        (
            "det snurrer lige i midten ved hullet, og jeg kan ikke rigtig mærke det",
            "foelelsesloes-skridt",
        ),
        ("fik en bil op bag i på motorvejen, nakke og lænd gør ondt", "traume"),
        ("skjorterne er blevet for store og jeg har ikke trænet, ondt i lænden", "vaegttab"),
        ("alt mit tøj er blevet posset og jeg aner ikke hvorfor, ondt i lænden", "vaegttab"),
        (
            "om natten borer det i lænden og vender jeg mig er det præcis det samme",
            "natsmerter",
        ),
        ("droppefod i 3 uger, den er ikke blevet bedre", "nervetegn"),
        (
            "det er en måned nu og jeg kan stadig næsten ikke bevæge mig for smerter",
            "ingen-bedring",
        ),
        ("ondt som bare fanden i 5 uger, ingen forbedring trods piller", "ingen-bedring"),
        ("lændesmerterne har været på max i 3 uger trods fysioterapi", "ingen-bedring"),
        ("74 yo, slipped in the garden, now lower back pain", "fraktur"),
        (
            "ondt helt ned i foden og den er følelsesløs under fodsålen. kom i sommers og har "
            "ikke ændret sig",
            "nervetegn",
        ),
        ("udstråling og følelsesløshed i 2 måneder", "nervetegn"),
    ],
)
def test_signs_in_the_words_of_a_session_70_probe(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a probe's wordings (session 71), each a family of words now in the vocabulary
        ("tarmen lukker bare ud af sig selv siden i går. lænden har været øm", "blaere-tarm"),
        ("har ingen kontrol bagtil længere, og ryggen er helt skæv", "blaere-tarm"),
        (
            "vaagnet tre morgener i traek vaad, aldrig sket foer, og min laend goer ondt",
            "blaere-tarm",
        ),
        (
            "mellem benene er det som om huden er lavet af pap, og jeg har lændesmerter",
            "foelelsesloes-skridt",
        ),
        ("benet har tabt kraft siden i går og det bliver kun værre, ondt i ryggen", "svaghed"),
        ("stubbing my toes all the time because my foot wont lift, back hurts", "svaghed"),
        ("ka ik løft fodn, den hænger, og ryggen ha drillet siden lørdag", "svaghed"),
        ("har måttet kravle til toilettet i dag, kunne gå fint i går", "gangbesvaer"),
        ("har ligget med temperatur og rygsmerter siden søndag", "feber"),
        (
            "kan ikke mærke om jeg har tørret mig ordentligt fordi hele området er følelsesløst",
            "foelelsesloes-skridt",
        ),
        ("var færdig med stråling for 2 år siden og har fået ondt i ryggen", "kraeft"),
        # a third probe's: strength fallen "til næsten ingenting" (no denial), and a
        # "pludselig" read as no one's, though "vi" stands before it
        (
            "min søn på 30 kan ikke længere strække knæet ordentligt, det gik fra lidt svagt til"
            " næsten ingenting på et døgn, han har prolaps",
            "svaghed",
        ),
        (
            "vi var ude og handle og pludselig kunne min kæreste ikke gå videre, hun sagde"
            " benene var helt væk og hun har ondt i lænden",
            "svaghed",
        ),
        ("lagnerne er våde af sved hver morgen og min lænd har gjort ondt i en måned", "feber"),
        ("har ikke slanket mig men alle mine bukser er for store, plus ondt i lænden", "vaegttab"),
        ("låret føles som papir at røre ved i flere uger, ryggen gør ondt", "nervetegn"),
    ],
)
def test_signs_in_the_words_of_a_session_71_probe(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no sign (session 71)
        "jeg tisser ikke i sengen mere, men har ondt i ryggen",
        "Inkontinens? nej nej, det var min hund der havde tisset på sofaen",
        # a code review's: radiating pain, sweat after sport, an exercise on all fours, a
        # child's wet sofa, no blood in the urine
        "jeg fik stråling ned i benet da jeg løftede kassen",
        "helt gennemsvedt efter løbeturen, og lænden er øm",
        "jeg lavede kat-ko øvelsen på alle fire og pludselig fik jeg ondt i lænden",
        "min søn har tisset i sofaen, han er 4, og jeg har ondt i ryggen",
        "jeg tisser ikke blod, men har ondt i lænden, er det nyrerne?",
        "I går var benene svage og rystede, men det var fordi jeg havde løbet langt",
        "min mand har ondt i lænden, og det stråler ned i benet. Han nægter at gå til lægen.",
        "generelt spørgsmål: hvornår er feber og rygsmerter et problem?",
        "mine bukser er for store fordi jeg har været på slankekur, og lænden er øm",
        "jeg sover kun 5 timer om natten, er det et problem for ryggen",
    ],
)
def test_the_words_of_a_session_71_probe_where_they_tell_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no sign
        "er det farligt at miste følelsen i skridtet?",
        "jeg har ikke trænet i en måned og har lidt ondt i lænden",
        "mine bukser er blevet for store fordi jeg er på slankekur, og lænden er øm",
        "hej, min krft er tilbage i benet og ryggen er fin",
        "det var tandrystende koldt på fodboldbanen i går, og nu er ryggen øm",
        "min søn kørte op bag i mig med indkøbsvognen, og nu er ryggen øm",
        "sex føles anderledes fordi jeg skal passe på ryggen",
        "det gør ondt i lænden når vi har sex, følelsen er der fint, det er bare smerten",
        "jeg havde prikken i benet i sommers men det gik over",
        "jeg har haft iskias i 3 uger, ingen følelsesløshed",
    ],
)
def test_the_words_of_a_session_70_probe_where_they_tell_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # two probes' wordings (session 73), each a family of words now in the vocabulary
        ("jeg drypper hele tiden og har ondt i ryggen", "blaere-tarm"),
        ("han lækker konstant og har ondt i ryggen", "blaere-tarm"),
        # a body's temperature is no weather ("grader varmt" was once read as such)
        ("39 grader varmt i kroppen og ondt i ryggen", "feber"),
        ("tissede i brusebadet uden at have bestemt mig for det, ondt i ryggen", "blaere-tarm"),
        ("ondt i ryggen, og i dag kom der slet intet da jeg skulle tisse", "blaere-tarm"),
        ("skulle tisse men det ville ikke rigtig komme, og ryggen gør ondt", "blaere-tarm"),
        (
            "ondt i ryggen, og når jeg slipper en vind kommer der mere med, jeg opdager det"
            " først bagefter",
            "blaere-tarm",
        ),
        ("ondt i ryggen, og der var en våd plet på kontorstolen da jeg rejste mig", "blaere-tarm"),
        (
            "numsen føles som når tandlægen har givet en sprøjte, ryggen gør ondt",
            "foelelsesloes-skridt",
        ),
        (
            "han kan ikke mærke når han sætter sig ned, altså i ballerne, og har prolaps",
            "foelelsesloes-skridt",
        ),
        (
            "vandet i badet føles ikke varmt i skridtet, lænden gør ondt",
            "foelelsesloes-skridt",
        ),
        ("jeg har gået med stok siden i går, ondt i ryggen", "gangbesvaer"),
        (
            "har været nødt til at kravle op ad trappen i aften, det kom pludselig, ondt i ryggen",
            "gangbesvaer",
        ),
        ("kan ikke træde ordentligt på pedalerne med højre fod, ondt i lænden", "svaghed"),
        ("har prostatakancer og nu gør lænden ondt", "kraeft"),
        ("min mor har haft leukæmibehandling og har ondt i ryggen", "kraeft"),
        ("my grandmother (born 1944) fell on her bum, now back pain", "fraktur"),
        # a seventh probe's (session 73)
        ("faldt gennem et loft på byggepladsen, nu gør lænden mega ondt", "traume"),
        (
            "i dag kunne han ikke få sit venstre ben til at løfte sig, det kunne han i går,"
            " han har iskias",
            "svaghed",
        ),
        ("min mor har haft udstråling og døvhed ned i benet i 2 mdr", "nervetegn"),
        ("hele vinteren har jeg haft snurren i benet, og ryggen driller", "nervetegn"),
        (
            "siden børnene startede i skole i august har jeg haft en snurrende fornemmelse ned"
            " ad benet fra lænden, nu er det oktober",
            "nervetegn",
        ),
        ("min kone har osteoporose og gik på næsen i går, nu har hun ondt i lænden", "fraktur"),
        # ... and a second code review's signs the first wording dropped
        ("blæren lækker, har taget et bad to gange i dag, ondt i lænden", "blaere-tarm"),
        ("urinen drypper fra mig, har taget håndklæde under, ondt i ryggen", "blaere-tarm"),
        ("back pain wakes me up at 4 every night, way before my alarm clock", "natsmerter"),
        (
            "det ene kilo efter det andet forsvinder, jeg spiser normalt, og lænden værker",
            "vaegttab",
        ),
        (
            "kan pludselig passe mine gamle jeans igen uden at have gjort noget for det, og"
            " lænden gør ondt",
            "vaegttab",
        ),
        ("kan ikke sove for ondt i ryggen, vækkeuret er overflødigt efterhånden", "natsmerter"),
        ("min mor (f. 1950) faldt på badeværelset og har ondt i ryggen", "fraktur"),
    ],
)
def test_signs_in_the_words_of_session_73_probes(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no sign (session 73)
        "hanen drypper hele tiden og jeg har ondt i ryggen",
        "jeg drypper af sved hele tiden efter løb, ondt i ryggen",
        "jeg slipper en vind hele tiden og har ondt i ryggen",
        "jeg kan ikke holde ud at sidde på kontorstolen hele dagen, lænden brokker sig. tips?",
        "jeg kan ikke mærke nogen bedring når jeg sidder på ballerne, hvad gør jeg",
        "min far har gået med stok i 10 år og har ondt i lænden",
        "jeg har tabt mine klipklapper på stranden og har ondt i ryggen",
        # a code review's look-alikes of the new words
        "jeg lækker konstant mælk fordi jeg ammer, ondt i ryggen",
        "da jeg tissede kom der ikke noget blod med, ondt i ryggen",
        "VVS'eren ville ikke komme ud og se på toilettet, og min ryg gør ondt",
        "har ondt i ballen som når tandlægen borer",
        "kunne ikke mærke smerten i ryggen da vi havde sex",
        "jeg har ledt efter min stok siden i går, ondt i ryggen",
        "ungen taber hele tiden sine klipklapper og jeg har ondt i ryggen",
        "har 38,2 i feber, det plejer jeg at få efter vaccinen og jeg fik den i går, ondt i ryggen",
        "har tabt 4 kg fordi jeg plejer at faste i ramadanen, ondt i ryggen",
        "vi drak en vin årgang 1950 og jeg faldt på trappen, ondt i ryggen",
        "jeg samler ind til leukæmiforeningen og har ondt i ryggen",
        "vandet drypper fra hanen og jeg har ondt i ryggen",
        "jeg har haft iskias og døvhed i øret i 3 uger",
        "jeg var i sommerhus hele sommeren og fik prikken i foden i går, ondt i ryggen",
        "jeg er på kur og kiloene forsvinder, men lænden værker",
        "jeg vågner af vækkeuret kl 5 og har ondt i ryggen",
        "jeg havde prikken i benet i august men det gik over, nu er det oktober og lænden er øm",
        "projektet gik på næsen og jeg har ondt i ryggen af stress",
        # a second code review's look-alikes
        "min farfar er 84, og hans firma gik på næsen, jeg har ondt i ryggen",
        "hele sommeren har jeg løbet, men i går fik jeg prikken i foden og ondt i ryggen",
        "jeg tager det ene kilo efter det andet på og nu gør ryggen ondt",
        "jeg skal passe mine gamle forældre hver dag og har fået ondt i ryggen uden grund",
        "bolden faldt ned på etagen under og jeg løb efter den, fik ondt i lænden",
        "blæren har det fint, jeg har taget 2 pamol for ryggen",
        "I wake up at 7 with my alarm clock and my lower back is stiff",
        "min mor (født 1970) faldt på badeværelset og har ondt i ryggen",
        "jeg er født i 1948 og har ondt i lænden",
        "var på ferie i spanien med 38 graders varme og sov dårligt, nu ondt i lænden",
        "temperaturen på mit kontor er 28 grader og jeg sveder, og ryggen er stiv",
        "jeg arbejder på en onkologisk afdeling og løfter tunge patienter, ondt i lænden",
        "Jag har ingen feber och känner benen som vanligt, ont i ländryggen",
        "pludselig kan jeg ikke komme op af sofaen efter halvmaraton i går, ryggen gør ondt",
    ],
)
def test_the_words_of_session_73_probes_where_they_tell_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # session 74: an assault, or a blow straight onto the back in a game or a fight
        # with very bad pain or a force told
        ("jeg blev overfaldet på vej hjem i går og har store smerter i lænden", "traume"),
        ("min søn blev banket ned i byen i nat og nu gør hans ryg ondt", "traume"),
        ("min kæreste har tæsket mig, ryggen gør ondt", "traume"),
        ("rugbykamp i dag, en 115 kg spiller landede på mig, ondt i lænden", "traume"),
        ("blev sparket flere gange i ryggen til en fest, lænden gør vildt ondt", "traume"),
        ("fik et knæ i lænden til karate og blev liggende på måtten, ondt i ryggen", "traume"),
        ("took an elbow to the lower back in basketball, couldn't continue, back hurts", "traume"),
        ("en spiller på 100 kilo oven på mig i en tackling, nu ondt i ryggen", "traume"),
        ("han blev tacklet ind i banden til hockey og har ondt i lænden nu", "traume"),
        # ... and legs that have got hard to carry one since this morning
        ("mine ben har fået svært ved at bære mig siden i morges, ondt i ryggen", "gangbesvaer"),
        # ... and a nerve sign dated from its onset ("da ...") to now
        (
            "da jeg flyttede i august fik jeg prikken ned i benet, nu er det oktober, ondt i"
            " ryggen",
            "nervetegn",
        ),
    ],
)
def test_signs_in_the_words_of_session_74_probes(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no sign (session 74)
        "babyen sparker mig i ryggen om natten og lænden er øm",
        "jeg blev overfaldet for 12 år siden, nu har jeg ondt i lænden af havearbejde",
        "hvad gør man hvis man bliver overfaldet og får ondt i ryggen",
        "jeg så en film om et overfald og har ondt i ryggen",
        "min kollega blev overfaldet sidste år, jeg har ondt i ryggen",
        "fik en albue i ryggen til basket i går, lænden er lidt øm",
        "jeg bærer kasser hele dagen, så min ryg får mange tæsk",
        "da jeg var på ferie i juli fik jeg prikken i foden, nu er det september og den er væk",
        # a code review's look-alikes (session 74)
        "jeg blev overfaldet af voldsomme smerter i lænden i går",
        "blev overfaldet af en forkølelse og nu har jeg også ondt i ryggen",
        "FCK fik bank i går og min ryg gør ondt",
        "mit aktiedepot blev banket i bund og min ryg gør ondt",
        "så en film hvor en fyr blev banket ned, nu har jeg ondt i ryggen",
        "gravid og ungen sparker mig i lænden, kan næsten ikke sove",
        "fik ny seng i september, nu er det november, og fik prikken i benet i morges",
    ],
)
def test_the_words_of_session_74_probes_where_they_tell_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # session 75: an assault told as an attack, violence, a robbery, a weapon, a push
        # down the stairs; an animal's kick; players piling on; a blow with the pain told
        # in slang ("pisse ondt" is very bad pain, not peeing)
        "jeg blev angrebet af to fyre på vej hjem og nu gør lænden ondt",
        "blev udsat for vold i weekenden, har stadig ondt i ryggen",
        "min mor blev røvet i går og slået ned, hun har ondt i ryggen nu",
        "han slog mig med en jernstang over ryggen, det gør ondt",
        "min kæreste skubbede mig ned ad trappen, jeg har ondt i lænden",
        "en hest sparkede mig i lænden i dag, det gør vildt ondt",
        "tacklet i håndbold med to mand oveni mig, ondt i lænden siden",
        "fik et knæ lige i lænden til fodbold i dag, gør stadig pisse ondt",
        # ... and, from a code review, attacks told of people or places, a throw down the
        # stairs, a horse's kick in English
        "blev angrebet af 3 fyre ved stationen i går, lænden gør vildt ondt",
        "min datter blev angrebet i skolegården og har ondt i ryggen nu",
        "han smed mig ned ad trappen i aftes, ryggen gør ondt",
        "got kicked in the back by a horse yesterday, hurts a lot",
    ],
)
def test_blows_and_assaults_in_the_words_of_session_75_probes(
    detector: RedFlagDetector, text: str
) -> None:
    assert "traume" in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no blow (session 75)
        "blev angrebet af hekseskud i morges og har ondt i lænden",
        "jeg var udsat for vold for 15 år siden, nu har jeg ondt i ryggen af havearbejde",
        "min søn blev røvet i sidste måned, jeg har ondt i ryggen af stress",
        "hvad gør man hvis en hest sparker en i ryggen",
        # a code review's look-alikes (session 75): sayings, lost games, settling down,
        # being overcharged, things bought, a crowd in a car, a film
        "jeg blev angrebet af en slem influenza og har ondt i ryggen",
        "vi fik en ordentlig omgang tæsk i fodbold i går og nu er ryggen øm",
        "vi blev slået med et mål i pokalfinalen, og ryggen gør ondt efter kampen",
        "jeg slog mig ned i lænestolen med ondt i ryggen",
        "jeg blev røvet for 700 kr hos massøren og ryggen gør stadig ondt",
        "har købt et baseballbat til min nevø og har ondt i ryggen",
        "vi var 5 mand oven i en varevogn hele vejen til Aalborg, ondt i ryggen",
        "så en film i aftes hvor en mand blev knivstukket, nu ondt i ryggen af biografsædet",
        "læreren skubbede mig ned i stolen og nu gør ryggen ondt",
    ],
)
def test_the_words_of_session_75_probes_where_they_tell_no_blow(
    detector: RedFlagDetector, text: str
) -> None:
    assert "traume" not in ids(detector, text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # session 76's first probe: strength lost, a pedal no longer pressed to the floor
        (
            "nu taber jeg styrken i venstre ben, det bliver værre for hvert døgn, ondt i lænden",
            "svaghed",
        ),
        (
            "foden vil ikke længere trykke bremsen i bund, før kunne jeg sagtens, ondt i ryggen",
            "svaghed",
        ),
        # a beam fallen onto the back
        ("fik en bjælke ned i ryggen på byggepladsen og det gør møgondt", "traume"),
        # driven up at night, no side that eases it
        ("måtte stå op om natten fordi lænden dunker", "natsmerter"),
        (
            "ligger vågen om natten med dunkende lænd, det letter ikke når jeg skifter side",
            "natsmerter",
        ),
        # the worst pain one has had, for weeks, no better
        ("det værste ondt i ryggen jeg har haft, 4 uger nu og ingen forbedring", "ingen-bedring"),
        # Jutland's "it" after a verb is "ikke"
        ("a ka it tiss og æ ryg gør ondt", "blaere-tarm"),
        ("I can't pee and it hurts in my lower back", "blaere-tarm"),
        # ... and its "å" after a preposition is the article ("ondt i å lænd")
        ("a er 77 aar og har faaet ondt i aa laend", "ny-ryg-alder"),
        # steroids' time fronted, the verb and its subject between
        ("siden jul har jeg taget prednisolon og nu har jeg fået ondt i lænden", "steroid-ryg"),
        # sleep kept from by the pain, a child beside it
        ("jeg kan ikke sove pga smerter i lænden, har en lille på 2 år", "natsmerter"),
        ("har ikke sovet pga stress men pga smerter i ryggen", "natsmerter"),
        # ... and a reason among the words of the sign's "not" is denied with them
        ("5 weeks of terrible low back pain and it's not getting better at all", "ingen-bedring"),
        # Danglish "it" after "er" or "nu" is English (a code review)
        ("nu it is getting worse, my legs are weak and my back hurts", "svaghed"),
        ("Er it normalt at have feber og ondt i lænden?", "feber"),
    ],
)
def test_signs_told_in_the_words_of_session_76_probes(
    detector: RedFlagDetector, text: str, sign: str
) -> None:
    assert sign in ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jutland's "it" denies ("æ har it feber")
        "æ har it feber, æ ryg er bare øm efter havearbejde",
        # sleep lost to stress, the sign's own "not" denying no reason
        "får ikke sovet pga stress og har ondt i lænden",
        # a code review's look-alikes of the first wording (session 76): tired legs "ved at
        # give op", a dog's or a child's weight on one, a beam in the back as a simile,
        # varying "fra dag til dag", a syringe pressed to the bottom, Danglish "it", no side
        # that helps against snoring, up in the night for a child
        "mine ben er ved at give op efter 30 km vandring, og ryggen er øm",
        "min hund på 40 kg lægger hele sin vægt oven på mig i sofaen, og ryggen er øm",
        "det føles som om jeg har en bjælke i ryggen når jeg står op, det gør møg ondt",
        "kan ikke gå langt, men det er forskelligt fra dag til dag, ondt i lænden",
        "man skal ikke trykke sprøjten i bund for hurtigt, har ondt i ryggen",
        "det hjælper ikke at skifte side om natten, min mand snorker stadig, ondt i ryggen",
        "jeg måtte op i nat fordi min datter havde ondt i maven, og min ryg er øm",
        "jeg målte 37 ikke 38 i feber, så det er fint, ondt i ryggen",
        # a temperature below a fever told "i feber"
        "jeg har 37 i feber og ondt i ryggen",
    ],
)
def test_the_words_of_session_76_probes_where_they_tell_no_sign(
    detector: RedFlagDetector, text: str
) -> None:
    assert ids(detector, text) == set()
