"""What a user gets back for a message: answer, "did you mean", fallback or small talk."""

import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.brain import RED_FLAG_ENTRY, Brain
from bot.knowledge import KNOWLEDGE_DIR, KnowledgeError
from bot.red_flags import Tier
from bot.reply import ReplyKind, plain_text

# A Tuesday morning in Copenhagen (08:00 UTC = 09:00 local in winter).
TUESDAY_MORNING = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def answered_entry(brain: Brain, text: str) -> str | None:
    """The id of the entry a message is answered with, None if it is not answered."""
    reply = brain.reply(text, TUESDAY_MORNING)
    return reply.entry.id if reply.kind is ReplyKind.ANSWER and reply.entry else None


@pytest.mark.parametrize(
    "message",
    [
        "Skal jeg blive liggende eller bevæge mig?",
        "er det bedst at holde sengen med hold i ryggen?",
        "skal jeg ligge stille eller gå en tur?",
        # "helt" between, or lying flat
        "min svigermor mener jeg skal ligge helt stille et par dage, passer det?",
        "er det klogt at ligge fladt på gulvet til det går over?",
        # keeping still, or in bed, in more words
        "er det bedst at holde sig i ro når lænden driller?",
        "min kæreste har ligget i sengen i fire dage pga ryggen, er det det rigtige?",
    ],
)
def test_staying_in_bed_in_everyday_words_asks_about_bed_rest(brain: Brain, message: str) -> None:
    # found by a helper playing users: "blive liggende" got the knee-to-chest exercise
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "arbejde"
    assert "delvist aktiv" in reply.text


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("hvad gør jeg når ryggen er gået i baglås", "hold-i-ryggen"),
        ("hvor mange gange skal jeg lave bird dog", "bird-dog"),
        ("HVORDAN LAVER MAN KAT-KO?", "kat-ko"),
        # People call it the cat exercise.
        ("hvordan laver man katte øvelsen", "kat-ko"),
        ("hvornår skal jeg ringe til lægen med min ryg", "soeg-hjaelp"),
        ("kan jeg gå på arbejde med ondt i ryggen", "arbejde"),
        ("er is eller varme bedst", "varme-kulde"),
        # Ice said in Danish ("is"), and help not coming with a softening word inside
        # (training conversations 83).
        ("er is godt mod ondt i lænden?", "varme-kulde"),
        # ice advised by someone, heat by another
        ("træneren siger is. har han ret?", "varme-kulde"),
        # Norwegian and Swedish words, a slip in an exercise's name, whole again in per cent
        ("hva er en skiveprolaps egentlig?", "prolaps"),
        # a question sure alone is not turned by a few words of situation to the causes
        ("har I øvelser mod ondt i lænden? Jeg sidder på et kontor hele dagen", "oevelser"),
        # the long run is prevention
        ("hvad kan jeg gøre på længere sigt for min ryg?", "forebyg"),
        ("hur länge håller det på?", "varighed"),
        ("hvordan laver man bird dok", "bird-dog"),
        ("bliver ryggen 100% god igen af fysioterapi?", "fysio-fjerne"),
        ("har haft ondt i 5 uger nu. skal jeg få den tjekket?", "soeg-hjaelp"),
        # the bed as where the back hurts is no bed rest
        ("min ryg er lidt øm når jeg vender mig i sengen, hvad kan jeg gøre?", "hurtig-hjaelp"),
        ("har lavet øvelserne i 2 uger og det er ikke rigtig blevet bedre", "soeg-hjaelp"),
        # A little weight to lose, wished for, is no weight loss asked about (training set
        # 149).
        ("hjælper det på rygsmerterne hvis jeg taber mig lidt? jeg vejer for meget", "forebyg"),
        ("hvorfor gør min lænd ondt", "aarsager"),
        ("hvordan finder jeg en god fysser", "find-fysioterapeut"),
        ("skal jeg have en scanning", "scanning"),
        ("hjælper det at svømme", "oevelser"),
        ("hvor længe går der før rygsmerter forsvinder", "varighed"),
        ("kan styrketraening goere det vaerre", "styrketraening"),
        ("hvad hjælper hurtigst", "hurtig-hjaelp"),
        # Small words inside a phrase ("så", "egentlig") do not break it.
        ("hvad kan jeg så egentlig selv gøre ved ondt i lænden", "hurtig-hjaelp"),
        ("har varet en måned, er det normalt?", "varighed"),
        # An ordinary word that ends like an off-topic one ("forstand", "tand").
        ("hvordan finder jeg en fysioterapeut der har forstand på ryg?", "find-fysioterapeut"),
        # Numbers tell the situation, not the topic.
        ("har haft ondt i 10 dage efter en flytning, hvad hjælper hurtigt?", "hurtig-hjaelp"),
        ("jeg er 52, har haft ondt i 3 uger. hvad kan en fysioterapeut gøre?", "fysioterapi"),
        # A frozen bag of peas is cold; the question of which helps is heat or cold.
        (
            "min mor siger frossen pose ærter, min kæreste siger varmepude. hvem har ret?",
            "varme-kulde",
        ),
        # A verb's particle after "det" ("går det typisk over").
        ("hvor hurtigt går det typisk over", "varighed"),
        # "is er" is ice; "hvad virker" asks what helps.
        ("is er bedst ikke?", "varme-kulde"),
        ("hvad virker?", "hurtig-hjaelp"),
        # "btw", "ellers" are chat particles; being "ok igen" is the pain passing.
        ("ok hvad ellers virker hurtigt", "hurtig-hjaelp"),
        ("btw hvordan undgår jeg at få ondt efter lange bilture", "forebyg"),
        ("hvornår kan jeg regne med at være ok igen", "varighed"),
        # "så det ikke sker" asks how to prevent it, and denies nothing.
        ("hvad kan jeg gøre ved ryggen så det ikke sker", "forebyg"),
        # "hvad ... af øvelser" asks which exercises; "vende tilbage" is coming back.
        ("hvad kan man lave af øvelser derhjemme", "oevelser"),
        ("hvordan sørger jeg for at smerterne ikke vender tilbage hele tiden", "forebyg"),
        ("hvad gør man for at smerterne ikke skal vende tilbage", "forebyg"),
        # What should not happen later asks how to prevent it.
        ("hvad kan jeg gøre for at det ikke bliver ved?", "forebyg"),
        ("hvordan kan jeg passe bedre på ryggen fremover?", "forebyg"),
        # A cherry-stone pillow is heat; kettlebells are strength training.
        ("kan jeg bruge en kirsebærstenspude på lænden", "varme-kulde"),
        ("smadrer kettlebell swings lænden", "styrketraening"),
        # "uden at skade mig" asks how to exercise safely, and denies nothing.
        ("hvordan laver jeg rygøvelserne uden at skade mig selv", "sikre-oevelser"),
        ("ok and the next one, the cat cow thingy?", "kat-ko"),
        # "hvad er det der gør at", "ligge bag" ask why; a "fagperson" is help to seek;
        # pain that will "hænge ved" asks how long.
        ("hvad er det der gør at man får ondt i ryggen", "aarsager"),
        ("hvad kan ligge bag at min lænd gør ondt", "aarsager"),
        ("hvornår skal jeg have en fagperson til at se på min ryg", "soeg-hjaelp"),
        ("kan ondt i lænden hænge ved i månedsvis", "varighed"),
        # "hvad er det for" asks which; English fillers ("honestly") say nothing.
        ("hvad er det for øvelser I anbefaler", "oevelser"),
        ("honestly what helps fast når lænden er totally locked", "hurtig-hjaelp"),
        # Rounding the back into a hump is the cat in kat-ko (the article: "runder du ryggen").
        ("hvordan laver man den hvor man står på alle fire og laver en pukkel", "kat-ko"),
        # English function words ("about") say nothing of the topic.
        ("what about heat?", "varme-kulde"),
        # Swedish relatives ask too.
        ("vad hjälper snabbt?", "hurtig-hjaelp"),
        ("Vilka övningar hjälper mot ont i ryggen?", "oevelser"),
        ("och värme eller kyla?", "varme-kulde"),
        ("ska jag vara hemma från jobbet?", "arbejde"),
        # English "works" of a remedy is no job.
        ("what works best for back pain", "hurtig-hjaelp"),
        ("what is the camel exercise", "kat-ko"),
        ("should I stop working?", "arbejde"),
        # "ved" names no topic; what to do at home is exercise; a pattern to break is
        # prevention; "melde fra" is about work; the swimming pool is swimming.
        ("hvad gør jeg ved det?", "hurtig-hjaelp"),
        ("Hvad kan jeg lave derhjemme?", "oevelser"),
        ("Hvordan bryder jeg den cirkel?", "forebyg"),
        ("Burde jeg melde fra?", "arbejde"),
        ("Er det okay at tage i svømmehallen igen?", "oevelser"),
        # An acute hold is a hold; Swedish "jag" beside its verb is no stab of pain;
        # Swedish questions.
        ("hvad gør jeg ved et akut hold?", "hold-i-ryggen"),
        ("vilka övningar kan jag göra?", "oevelser"),
        ("hur gör man katt-ko?", "kat-ko"),
        ("Jag har ont i ländryggen, vad kan jag göra?", "hurtig-hjaelp"),
        ("när ska jag söka vård?", "soeg-hjaelp"),
        # Whether one thing comes of another asks for the causes.
        (
            "Jeg har sovet dårligt i ugevis, og nu gør lænden ondt hver morgen. Hænger det sammen?",
            "aarsager",
        ),
        # A Norwegian cat-cow is kat-ko.
        ("hvordan gjør man katt-ku?", "kat-ko"),
        # A denial that ends inside a phrase still denies it (found in review).
        (
            "Jeg har ikke på noget tidspunkt haft hold i ryggen, men nu jager det ned i benet."
            " Hvad er det?",
            "hvad-er",
        ),
        # The doctor in everyday words.
        ("hvornår skal jeg gå til doktoren med min ryg?", "soeg-hjaelp"),
        # A phrase written with its own "ikke" is no denial of what it says.
        (
            "Jeg fik hold i ryggen i foråret og igen nu. Hvordan sørger jeg for at det ikke"
            " sker en tredje gang?",
            "forebyg",
        ),
        # "i en fart" is quickly.
        ("hvad gør jeg så det bliver bedre i en fart", "hurtig-hjaelp"),
        # English sitting, now "sit" alone is the Danish possessive
        ("I sit at a desk all day and my lower back hurts", "aarsager"),
        # A purpose told as what should not happen asks how to prevent it.
        ("hvordan bærer jeg indkøbsposerne, så jeg ikke får ondt i ryggen?", "forebyg"),
        ("hvad skal jeg gøre for ikke at få ondt i lænden igen til vinter", "forebyg"),
        # the numb seat named as people name it; riding trousers are no such thing
        ("hvad er det der ridebukse-noget man skal holde øje med ved iskias?", "symptomer"),
        (
            "mine ridebukser er for stramme og efter ridning har jeg ondt i lænden, hvilke"
            " øvelser kan jeg lave?",
            "oevelser",
        ),
        # becoming free of the pain is asked of, not denied
        ("bliver jeg nogensinde helt fri for mine lændesmerter med fys?", "fysio-fjerne"),
        ("kan jeg blive helt fri for smerterne?", "fysio-fjerne"),
        # a claim about a thing the article names is judged by it
        ("er det rigtigt at varme hjælper?", "varme-kulde"),
        # fewer hours at work
        ("skal jeg gå ned i tid?", "arbejde"),
        # exercises asked of the bot
        ("kan du give mig nogle gode øvelser til lænden", "oevelser"),
        # training after a strain in the gym, with no word of sciatica: not the entry about
        # training with sciatica (its `needs`, session 71's probe)
        (
            "har ikke nogen følelsesløshed eller noget, kan sagtens tisse og gå, er bare SÅ øm"
            " efter dødløft i går. skal jeg holde pause fra træningen?",
            "hold-i-ryggen",
        ),
        ("jeg har iskias, skal jeg holde pause fra træning?", "iskias-traening"),
        # "egentlig" as typed in chat, and taking the edge off the pain (session 73)
        ("hvad laver en fys egtl", "fysioterapi"),
        ("hvad kan tage toppen af smerten", "hurtig-hjaelp"),
        # asking what one can do in other words: "er der noget jeg kan gøre", Jutland's
        # "hva ka a gøre", "hvad stiller jeg op" (session 76)
        ("gled i badet i går og nu er lænden øm, er der noget jeg kan gøre?", "hurtig-hjaelp"),
        ("a har ondt i æ ryg efter a ha slæbt brænde, hva ka a gøre?", "hurtig-hjaelp"),
        ("ondt i lænden igen, hvad stiller jeg op", "hurtig-hjaelp"),
        # office furniture is the article's ergonomics; "forhindre" is preventing
        ("kan en god kontorstol forebygge ondt i lænden?", "forebyg"),
        ("kan et hæve-sænkebord forhindre at jeg får ondt i ryggen igen?", "forebyg"),
    ],
)
def test_questions_in_everyday_words_get_their_answer(
    brain: Brain, message: str, entry_id: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == entry_id
    assert reply.text.startswith(f"{reply.entry.heading}\n")
    lead = (
        reply.text.removeprefix(f"{reply.entry.heading}\n")
        .removesuffix(f"\n\n{brain.phrases.disclaimer}")
        .removesuffix(f"\n\n{brain.urgent_care.overview()}")
    )
    # A short lead; with the rest it holds the whole answer.
    assert lead.split() and len(lead) < len(reply.entry.answer) + 100
    assert not Counter(reply.entry.answer.split()) - Counter(f"{lead} {reply.more}".split())


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("er varme godt for ryggen?", "varme-kulde"),
        ("hvad hjælper mod hold i ryggen?", "hold-i-ryggen"),
        # advice asked for names no thing; a person is no thing; a cause is the causes'
        ("har du nogle tricks til at undgå ondt i lænden?", "forebyg"),
        (
            "Min datter på 15 har ondt i lænden efter håndbold. Kan hun godt fortsætte med"
            " styrketræning på holdet?",
            "styrketraening",
        ),
        ("kan ridning give ondt i ryggen?", "aarsager"),
    ],
)
def test_a_thing_the_article_names_where_a_question_asks_of_it_is_answered(
    brain: Brain, message: str, entry_id: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == entry_id


def test_asking_whether_back_pain_is_dangerous_gets_the_danger_signs(brain: Brain) -> None:
    # "farligt at have" asks whether it is dangerous, not what makes it worse.
    reply = brain.reply("er det farligt at have ondt i lænden?", TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "symptomer"


@pytest.mark.parametrize(
    "message",
    [
        "Hvad er klokken?",
        "Hvilke vitaminer skal jeg tage?",
        "Jeg har ondt i nakken, hvad gør jeg?",
        "Hvad koster det at parkere ved hospitalet?",
        "Hvordan passer jeg bedst min hund?",
        # A compound whose last part is off topic: a dachshund is a dog.
        "Kan min gravhund få diskusprolaps?",
        "asdfghjkl qwerty",
        # Writing for the writer: a poem about a cat, or about the back, is no question.
        "skriv et kort digt om min kat",
        "skriv et digt om ondt i lænden",
        # ... or translating for the writer
        'kan du oversætte "ondt i ryggen" til engelsk?',
        # ... or another errand: a note to the employer, a call
        "kan du skrive en sygemelding til mig?",
        "kan du ringe til min læge for mig?",
        # Something to watch, and a child's ear: "anbefale" asks for no physiotherapist.
        "kan du anbefale en god serie på netflix?",
        "mit barn har feber og ondt i øret, skal vi til lægen?",
        # A thing the knowledge never names, where a question's thing stands: judged,
        # asked for, or what helps against it.
        "er kinesiotape godt til ryggen?",
        "findes der en app med rygøvelser?",
        "hvad er bedst mod tømmermænd?",
        "hvad hjælper hurtigt mod tømmermænd?",
        "kan tigerbalsam hjælpe?",
        # ... or the subject of a claim or question put to the bot
        "er det rigtigt at kaffe er dårligt for musklerne?",
        "btw ved du om a-kassen dækker hvis jeg melder mig syg?",
        # a product asked for, named by two words ("søvn app")
        "kender du en god søvn app?",
        # what to do or whom to see about no back at all (a code review, session 76)
        "hvad gør vi i weekenden?",
        "hvad bør jeg gøre med min pension",
        "hvem skal jeg tale med om mobning på skolen",
        # a product asked for in a later clause, or which desk to pick (session 76)
        "hvad med sadelstol, har du et mærke du vil anbefale",
        "hvilket hæve-sænkebord skal jeg vælge, det billige eller det dyre?",
        # an animal's back, however the question asks (session 76)
        "Vores gravhund har fået dårlig ryg og vil ikke op i sengen mere. Hvad kan vi gøre?",
        "katten går helt skævt og vil ikke hoppe, tror hun har ondt i ryggen. hvad gør jeg?",
    ],
)
def test_what_the_article_does_not_cover_is_not_answered(brain: Brain, message: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind in (ReplyKind.FALLBACK, ReplyKind.CLARIFY)
    assert reply.entry is None
    assert reply.suggestions, "the user is offered questions the bot can answer"


def test_a_sentence_that_points_back_is_shown_with_the_one_it_points_at(brain: Brain) -> None:
    # found by a helper playing users: "Disse ses typisk sammen med ... markante
    # nattesmerter" led an answer with nothing for "Disse" to point at
    reply = brain.reply(
        "min ryg gør ondt om natten når jeg har siddet hele dagen ved computeren",
        TUESDAY_MORNING,
    )
    assert "Disse ses typisk" in reply.text
    assert "kræft i rygsøjlen. Disse ses typisk" in reply.text


def test_a_faq_answer_leads_with_its_answer_and_a_pointing_sentence_with_its_antecedent(
    brain: Brain,
) -> None:
    # found by a helper playing users: "skal jeg sygemelde mig?" led with "Tilpas
    # arbejdsopgaver ...", leaving out "I langt de fleste tilfælde er det bedre at være
    # delvist aktiv ..."; the causes led with "De mest almindelige er ..." and nothing
    # for "De" to point at
    work = brain.reply("skal jeg sygemelde mig?", TUESDAY_MORNING)
    assert work.text.split("\n")[1].startswith("I langt de fleste tilfælde")
    causes = brain.reply(
        "jeg sidder på kontor hele dagen, hvorfor får jeg ondt i lænden?", TUESDAY_MORNING
    )
    assert "Der er mange årsager til lændesmerter. De mest almindelige" in causes.text


def test_the_knee_asked_about_is_no_knee_to_chest_exercise(brain: Brain) -> None:
    # found by a helper playing users: "knæet" was read as the knee-to-chest exercise
    reply = brain.reply("hvad kan jeg gøre for mit knæ?", TUESDAY_MORNING)
    assert reply.kind is ReplyKind.FALLBACK and reply.entry is None
    assert brain.reply("og den med knæet?", TUESDAY_MORNING).entry is not None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # session 44: a pause from a sport is rest, not the breaks at work that prevent
        (
            "Jeg har iskias i venstre side, det stråler ned bag låret. Jeg løber tre gange om"
            " ugen. Kan jeg fortsætte med at løbe, eller skal jeg holde pause?",
            "iskias-traening",
        ),
        ("skal jeg holde pauser når jeg sidder ned hele dagen?", "forebyg"),
    ],
)
def test_a_pause_from_a_sport_is_rest_not_a_break_at_work(
    brain: Brain, question: str, entry_id: str
) -> None:
    reply = brain.reply(question, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == entry_id


def test_for_safetys_sake_is_caution_not_safe_exercises(brain: Brain) -> None:
    """Session 45 (training set 174): "for en sikkerheds skyld" drew "sikre øvelser"."""
    reply = brain.reply(
        "Jeg tog temperaturen for en sikkerheds skyld, den var normal. Lænden er øm efter"
        " flytningen. Hvilke øvelser kan jeg lave?",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "oevelser"


def test_sciatica_that_reaches_the_knee_is_no_knee_question(brain: Brain) -> None:
    reply = brain.reply(
        "Jeg har iskias og det stråler ned til knæet, men det er bedre end i sidste uge. Må jeg "
        "godt gå til spinning igen?",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "iskias-traening"


@pytest.mark.parametrize(
    "message",
    [
        "Kan man træne med iskias hvis man ikke har nogen følelsesløshed eller svaghed, kun lidt"
        " jag ned i ballen?",
        "har haft iskias i 2 dage, ingen følelsesløshed, kan gå fint og gå på tæer og hæle. må"
        " jeg træne?",
    ],
)
def test_training_asked_with_sciatica_told_is_answered_however_long_the_message(
    brain: Brain, message: str
) -> None:
    # training sets: the sciatica-training reading asked "mente du ...?" below the
    # usual score, though the message asks to train and tells of sciatica
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == "iskias-traening"


def test_fallback_says_what_the_bot_can_help_with(brain: Brain) -> None:
    reply = brain.reply("Hvad er klokken?", TUESDAY_MORNING)
    assert "ondt i lænden" in reply.text
    assert len(reply.suggestions) <= 3


@pytest.mark.parametrize(
    "message",
    [
        # "ryge" (to smoke) and "ryger" shared the back's stem "ryg"; "sit" (his, her) was
        # read as the English "sit"
        "hvordan stopper jeg med at ryge? har prøvet alt",
        "kan det have noget med at jeg ryger at gøre?",
        "Hvordan får jeg min teenager til at rydde op på sit værelse??",
        # "vandt" (won) stemmed to "vand", the water one cannot hold
        "hvem vandt FCK kampen i går?",
    ],
)
def test_another_topic_is_not_read_as_a_word_of_the_back(brain: Brain, message: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is not ReplyKind.ANSWER and reply.entry is None


@pytest.mark.parametrize(
    "message",
    ["hvor meget koster en fysioterapeut?", "skal jeg have en lægeerklæring til min chef?"],
)
def test_a_question_about_back_care_the_article_leaves_open_is_no_off_topic(
    brain: Brain, message: str
) -> None:
    # found by a helper playing users: "Jeg er en chatbot, der kun svarer på spørgsmål om
    # ondt i lænden" read as wrong to someone asking about their back
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.FALLBACK and reply.text == brain.phrases.fallback


@pytest.mark.parametrize("now", [TUESDAY_MORNING, datetime(2026, 11, 28, 22, 0, tzinfo=UTC)])
def test_an_acute_sign_gets_the_warning_alone_fit_for_a_phone(brain: Brain, now: datetime) -> None:
    reply = brain.reply("jeg kan pludselig ikke mærke noget i skridtet og har ondt i ryggen", now)
    assert reply.red_flag is Tier.ACUTE
    shown = plain_text(reply)
    assert shown.startswith(reply.warning) and "112" in reply.warning
    # What to do and the number within the first lines; no article section beneath.
    assert "Søg hjælp nu" in "\n".join(shown.split("\n")[:4])
    assert len(shown) <= 700 and shown.count("\n") + 1 <= 14
    red_flag_entry = brain.entry(RED_FLAG_ENTRY)
    assert red_flag_entry is not None and red_flag_entry.answer not in shown
    assert [s.entry_id for s in reply.suggestions] == [RED_FLAG_ENTRY]


@pytest.mark.parametrize(
    "message",
    [
        "hvad betyder ridebukseanæstesi?",
        "hvad er røde flag ved rygsmerter?",
        # Asked in general and matched unsurely: still the danger signs, not "did you mean".
        "Hvis man har været i en trafikulykke, hvornår bør man så få tjekket ryggen?",
    ],
)
def test_a_question_about_the_signs_gets_the_danger_signs_and_contacts_without_alarm(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.red_flag is Tier.NONE
    assert reply.entry is not None and reply.entry.id in ("symptomer", "soeg-hjaelp")
    assert "112" in reply.text and "1813" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        # Another person's past sign, and a worry about one's own back now.
        "Min onkel mistede kontrollen over blæren pga en prolaps for nogle år siden. "
        "Jeg har nu ondt i lænden. Er jeg i farezonen?",
        "Min svoger blev lam i benene af en prolaps engang. Jeg har ondt i lænden nu. "
        "Kan det samme ske for mig?",
        # Signs denied, one after another.
        "Jeg har hverken feber eller tabt mig, og jeg kan tisse fint. Er jeg så ude af risiko?",
    ],
)
def test_signs_that_are_not_there_get_the_danger_signs_when_nothing_else_is_asked(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.red_flag is Tier.NONE and reply.warning == ""
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == "symptomer"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("Jeg har ingen feber, men hvilke øvelser kan jeg lave for lænden?", "oevelser"),
        # a denial's list stops at a question of its own
        ("ingen feber, hjælper varme eller kulde bedst?", "varme-kulde"),
        # A topic of its own beside the sign: that topic, or "did you mean" / fallback.
        ("had a fever last week, how do i do cat cow?", "kat-ko"),
        ("ingen feber, kan jeg tage ibuprofen?", None),
        ("ingen feber, hvem er du?", None),
        # a story of signs denied, then a question clear alone: that question
        (
            "Har ondt i lænden, men ingen feber, intet vægttab og ingen problemer med at tisse,"
            " og jeg kan sagtens mærke skridtet. Hvilke øvelser kan jeg lave?",
            "oevelser",
        ),
        (
            "ingen feber og intet vægttab, jeg er bare stiv i ryggen hver morgen. Hvorfor?",
            "aarsager",
        ),
    ],
)
def test_a_sign_that_is_not_there_does_not_take_over_another_question(
    brain: Brain, message: str, entry_id: str | None
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert (reply.entry.id if reply.entry else None) == entry_id


@pytest.mark.parametrize(
    "message", ["hjælper et lændebælte?", "giver en lændepude mening når jeg sidder meget?"]
)
def test_support_for_the_low_back_is_answered_from_prevention(brain: Brain, message: str) -> None:
    # The article's prevention section: "brug støtte til lænden hvis nødvendigt".
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == "forebyg"


def test_a_red_flag_beats_small_talk(brain: Brain) -> None:
    reply = brain.reply("hej, jeg kan ikke holde på vandet", TUESDAY_MORNING)
    assert reply.red_flag is Tier.ACUTE


def test_a_calm_question_has_no_warning(brain: Brain) -> None:
    reply = brain.reply("hvilke øvelser er gode for ryggen", TUESDAY_MORNING)
    assert reply.red_flag is Tier.NONE
    assert reply.warning == ""
    assert "112" not in plain_text(reply)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Hej", "greeting"),
        ("Tusind tak!", "thanks"),
        ("hvad kan du", "capabilities"),
        ("hej, hvordan går det med dig i dag?", "how_are_you"),
        ("fair nok", "acknowledged"),
    ],
)
def test_small_talk_gets_a_friendly_reply(brain: Brain, message: str, expected: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.SMALLTALK
    assert reply.text == getattr(brain.phrases, expected)


def test_fair_enough_before_a_question_does_not_stop_its_answer(brain: Brain) -> None:
    # a conversation probe (session 72): "fair" was an unknown word beside the question
    reply = brain.reply("fair nok, hvad kan jeg så gøre gratis", TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER


def test_an_empty_message_asks_for_a_question(brain: Brain) -> None:
    reply = brain.reply(" \u200b ", TUESDAY_MORNING)
    assert reply.text == brain.phrases.empty


def test_diagnosis_answers_carry_the_doctor_line_and_exercises_do_not(brain: Brain) -> None:
    diagnosis = brain.answer("prolaps")
    exercise = brain.answer("bird-dog")
    assert diagnosis is not None and brain.phrases.disclaimer in diagnosis.text
    assert exercise is not None and brain.phrases.disclaimer not in exercise.text


def test_an_answer_offers_related_questions(brain: Brain) -> None:
    reply = brain.answer("oevelser")
    assert reply is not None
    assert 1 <= len(reply.suggestions) <= 3
    assert all(s.entry_id != "oevelser" for s in reply.suggestions)


def test_an_unknown_button_id_gives_nothing(brain: Brain) -> None:
    assert brain.answer("findes-ikke") is None


@pytest.mark.parametrize(
    "file",
    [
        "entries.yaml",
        "exercises.yaml",
        "language.yaml",
        "red_flags.yaml",
        "urgent_care.yaml",
        "phrases.yaml",
    ],
)
@pytest.mark.parametrize("broken", ["greeting: [Hej\n", "greeting: Hej\n"])
def test_a_broken_knowledge_file_stops_start_up_with_one_line(
    tmp_path: Path, file: str, broken: str
) -> None:
    """Invalid YAML, or valid YAML missing what the bot needs, in any file the brain reads."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    (knowledge / file).write_text(broken, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        Brain.load(knowledge)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{file}: ")


def test_an_entry_needing_a_word_the_knowledge_never_uses_stops_start_up(
    tmp_path: Path,
) -> None:
    # a misspelt `needs` word would match no message and quietly demote its entry always
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    entries = knowledge / "entries.yaml"
    text = entries.read_text(encoding="utf-8")
    entries.write_text(text.replace("needs: [iskias,", "needs: [zqxvw,", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"^entries\.yaml: prolaps: needs 'zqxvw'"):
        Brain.load(knowledge)


@pytest.mark.parametrize(
    "asks_of_the_pregnancy",
    [
        "Jeg er gravid i uge 30 og har ondt i lænden. Går det over efter graviditeten?",
        "må man lave kat-ko når man er gravid?",
        # asked of the pregnancy without naming it: the baby, or the situation itself
        "Jeg er gravid i uge 31 og har ondt lavt i ryggen. Er det farligt for babyen hvis"
        " jeg sover på ryggen?",
        "Jeg er gravid i uge 31 og har fået ondt lavt i ryggen. Kan det skade?",
        "Jeg er gravid i 7. måned og har ondt i bækkenet når jeg går. Hvad gør jeg?",
        # no question about the back at all
        "Jeg er gravid i uge 12 og har kvalme hele dagen. Hvad hjælper?",
        # bleeding, the baby in other words (a review of session 42)
        "Jeg er gravid i uge 35 og har ondt i lænden og lidt blødning. Hvad kan jeg gøre ved"
        " ryggen?",
        "Jeg er gravid i uge 31 og har ondt lavt i ryggen. Er det farligt for den lille hvis"
        " jeg laver øvelser?",
        # the baby asked of beside the words that tell the pregnancy
        "Jeg er gravid, babyen sparker meget, og jeg har ondt i lænden. Kan det skade babyen"
        " at lave kat-ko?",
    ],
)
def test_a_question_about_a_pregnancy_is_not_answered_from_the_article(
    brain: Brain, asks_of_the_pregnancy: str
) -> None:
    reply = brain.reply(asks_of_the_pregnancy, TUESDAY_MORNING)
    assert (reply.kind, reply.entry) == (ReplyKind.FALLBACK, None)
    assert "jordemoder" in reply.text


@pytest.mark.parametrize(
    ("beside_a_pregnancy", "entry"),
    [
        # many eval sets: a pregnancy is the situation of a question about the back
        ("Jeg er gravid i uge 20, hvilke øvelser må jeg lave for lænden?", "oevelser"),
        ("min kone er gravid og har ondt i lænden, hvilke øvelser kan hun lave?", "oevelser"),
        ("er gravid i uge 30 og har ondt i lænden, må jeg godt lave kat-ko?", "kat-ko"),
        # a pregnancy over and one now, told without the word (a review of session 35)
        (
            "siden min sidste graviditet har jeg haft ondt i lænden, og nu er jeg 12 uger"
            " henne. hvad hjælper hurtigt?",
            "hurtig-hjaelp",
        ),
        (
            "da jeg var gravid første gang havde jeg ondt i lænden. nu er jeg i 3. trimester."
            " hvad hjælper hurtigt?",
            "hurtig-hjaelp",
        ),
        # session 44: a back condition, not only back pain, is what the question is beside
        ("Jeg er gravid og har iskias. Hvilke øvelser kan jeg lave?", "oevelser"),
        # session 45: "babyen sparker" tells the pregnancy, it asks nothing of the baby
        (
            "Jeg er gravid i uge 32, babyen sparker meget, og jeg har ondt i lænden om"
            " aftenen. Hvilke øvelser kan jeg lave?",
            "oevelser",
        ),
    ],
)
def test_a_back_question_beside_a_pregnancy_is_answered_after_a_word_on_it(
    brain: Brain, beside_a_pregnancy: str, entry: str
) -> None:
    reply = brain.reply(beside_a_pregnancy, TUESDAY_MORNING)
    assert reply.entry is not None and (reply.kind, reply.entry.id) == (ReplyKind.ANSWER, entry)
    first_paragraph = reply.text.split("\n\n")[0]
    assert "graviditet" in first_paragraph and "jordemoder" in first_paragraph


@pytest.mark.parametrize(
    ("pregnancy_over", "entry"),
    [
        # conversations blind 6 and training 79: a pregnancy that is over is background
        (
            "Jeg er 36 og har haft en stiv lænd siden min sidste graviditet. Hvordan laver"
            " man kat-ko?",
            "kat-ko",
        ),
        (
            "Da jeg var gravid for 5 år siden kunne jeg ikke holde på tisset, det er for"
            " længst overstået. Kan styrketræning gøre min lænd værre?",
            "styrketraening",
        ),
    ],
)
def test_a_pregnancy_that_is_over_does_not_stop_the_answer(
    brain: Brain, pregnancy_over: str, entry: str
) -> None:
    reply = brain.reply(pregnancy_over, TUESDAY_MORNING)
    assert reply.entry is not None and (reply.kind, reply.entry.id) == (ReplyKind.ANSWER, entry)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("hvordan skal jeg ligge om natten, når jeg har hold i ryggen?", ["fysioterapeut"]),
        ("har en prolaps og vil gerne vide hvilken sovestilling der er bedst", ["fysioterapeut"]),
        # chest pain: the heart and 112 (a review of session 31 found this answered with
        # bird-dog)
        ("det stikker i brystet og ned i armen", ["hjertet", "112"]),
        ("jeg har ondt i brystet og i ryggen mellem skulderbladene", ["hjertet", "112"]),
        # the bot taken for a clinic (session 71's probe: "hvornår åbner jeres klinik" got
        # how to find a physiotherapist)
        ("kan jeg få en tid hos jer i morgen", ["chatbot", "ikke en klinik"]),
        ("hvornår åbner jeres klinik", ["chatbot", "ikke en klinik"]),
    ],
)
def test_a_topic_the_article_leaves_out_gets_its_own_fallback(
    brain: Brain, text: str, says: list[str]
) -> None:
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.FALLBACK
    assert all(word in reply.text for word in says)


@pytest.mark.parametrize(
    "text",
    [
        "virker trykbølgebehandling på ondt i lænden?",
        "er pilates godt for ryggen?",
        "hvordan får jeg erstatning for en arbejdsskade i ryggen?",
        # "the best X" asks which X, and the article names no pizza or mattress
        "hvad er den bedste pizza i odense",
        "hvad er den bedste madras til en dårlig ryg?",
    ],
)
def test_treatments_and_claims_the_article_does_not_mention_fall_back(
    brain: Brain, text: str
) -> None:
    assert brain.reply(text, TUESDAY_MORNING).kind is ReplyKind.FALLBACK


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # Danish "is" (ice) is cold only in its phrases; English "is" is no ice.
        ("er kulde godt mod ondt i lænden?", "varme-kulde"),
        ("skal jeg lægge is på lænden?", "varme-kulde"),
        ("what is lower back pain?", "hvad-er"),
        # found by a helper playing users: "is" and "good" led to exercising safely and to
        # a good physiotherapist
        ("is heat good?", "varme-kulde"),
        ("what exercises are good for lower back pain", "oevelser"),
        ("skal jeg bruge is?", "varme-kulde"),
    ],
)
def test_ice_is_cold_and_english_is_is_not(brain: Brain, text: str, entry_id: str) -> None:
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == entry_id


def test_a_danger_sign_in_pregnancy_is_still_warned_about(brain: Brain) -> None:
    reply = brain.reply("jeg er gravid og kan ikke holde på vandet", TUESDAY_MORNING)
    assert reply.red_flag is Tier.ACUTE
    assert reply.warning


def test_a_lasting_nerve_sign_offers_the_articles_advice_on_seeking_help(brain: Brain) -> None:
    reply = brain.reply("foden har været følelsesløs i 5 uger efter min iskias", TUESDAY_MORNING)
    assert reply.red_flag is Tier.PROMPT
    assert [s.entry_id for s in reply.suggestions] == ["soeg-hjaelp"]


@pytest.mark.parametrize(
    ("file", "written", "broken", "error"),
    [
        # a sign pointing at an entry that does not exist
        (
            "red_flags.yaml",
            "entry: soeg-hjaelp",
            "entry: findes-ikke",
            r"^red_flags\.yaml: .*'findes-ikke'",
        ),
        # a what-to-do mapping to an entry that does not exist
        (
            "conversation.yaml",
            "{aarsager: forebyg}",
            "{aarsager: nej}",
            r"^conversation\.yaml: .*'aarsager: nej'",
        ),
    ],
)
def test_a_broken_knowledge_file_stops_start_up(
    tmp_path: Path, file: str, written: str, broken: str, error: str
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    path = knowledge / file
    path.write_text(path.read_text(encoding="utf-8").replace(written, broken, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=error):
        Brain.load(knowledge)


def test_one_everyday_word_is_no_question_an_entry_answers(brain: Brain) -> None:
    text = "jeg har ikke feber og har ikke tabt mig, bare så du ved det"
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.kind is not ReplyKind.ANSWER


def test_a_greeting_to_the_bot_by_name_is_a_greeting(brain: Brain) -> None:
    reply = brain.reply("hej rygbot", TUESDAY_MORNING)
    assert reply.text == brain.reply("hej", TUESDAY_MORNING).text


def test_a_reminder_asked_for_in_words_says_how_to_start_it(brain: Brain) -> None:
    # found by a helper playing users: these got the section on exercising safely, and a
    # "did you mean"
    for message in ("kan du minde mig om at lave mine øvelser?", "send mig en påmindelse kl 8"):
        assert "/paamind" in brain.reply(message, TUESDAY_MORNING).text
    # recalling how an exercise goes is no reminder
    reply = brain.reply("kan du minde mig om hvordan man laver bird dog?", TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "bird-dog"


@pytest.mark.parametrize(
    "message",
    [
        "hvor mange panodil må jeg tage om dagen?",
        # taken with another medicine
        "Jeg har ondt i lænden efter flytning. Må jeg tage ibuprofen sammen med min"
        " blodtryksmedicin?",
        # found by a helper playing users: answered with what helps quickly
        "Jeg er 70 og har ondt i lænden. Jeg tager blodfortyndende medicin. Må jeg tage"
        " Ipren med min medicin?",
        "Kan jeg tage ibuprofen samtidig med panodil?",
        # eval writers' stories (session 29), answered with what helps quickly
        "Jeg tager ibuprofen mod lænden, men det tager kun toppen. Hvor mange må jeg"
        " egentlig tage om dagen, og må jeg blande dem med panodil?",
        "Jeg har taget ibuprofen 400 mg tre gange om dagen. Må jeg tage 600 mg i stedet?",
    ],
)
def test_a_question_about_a_medicine_dose_is_not_guessed(brain: Brain, message: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is not ReplyKind.ANSWER
    assert "apoteket" in reply.text
    assert brain.reply("jeg har taget panodil, hvad hjælper ellers?", TUESDAY_MORNING).entry
    # how many of each exercise is no dose
    reply = brain.reply(
        "Jeg har fundet bird dog og kat-ko. Hvor mange gange om dagen, og hvor mange af hver?",
        TUESDAY_MORNING,
    )
    assert "apoteket" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Hvornår har lægevagten åbent i weekenden?",
        "hvad er nummeret til lægevagten i region hovedstaden?",
        "Hvornår har lægen åbent om lørdagen?",
    ],
)
def test_asking_for_the_out_of_hours_number_or_hours_gets_the_contacts(
    brain: Brain, message: str
) -> None:
    # eval writers' favourite: answered with the section on when to seek help (session 29)
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.FALLBACK and reply.entry is None
    assert "1813" in reply.text and "70 15 03 00" in reply.text and "112" in reply.text
    # when to call, or whether to, is the article's own question
    for whether in (
        "hvornår skal jeg ringe til lægevagten?",
        "skal jeg have fat på lægevagten eller vente til mandag?",
    ):
        reply = brain.reply(whether, TUESDAY_MORNING)
        assert reply.entry is not None and reply.entry.id == "soeg-hjaelp", whether


def test_a_medicine_or_alcohol_the_article_leaves_out_is_not_answered(brain: Brain) -> None:
    # from the training sets: answered with the section on quick help
    reply = brain.reply("Kan jeg tage panodil og alkohol samtidig?", TUESDAY_MORNING)
    assert reply.kind is not ReplyKind.ANSWER
    # how the back began to hurt is no such question
    reply = brain.reply(
        "fik hold i lænden i går da jeg løftede en kasse øl, hvad gør jeg nu", TUESDAY_MORNING
    )
    assert reply.kind is ReplyKind.ANSWER


@pytest.mark.parametrize(
    "message",
    [
        "mit knæ hæver op efter jeg har løbet, hvad kan det være?",
        "Har sovet skævt og har nu helt stiv nakke. Hvilke øvelser kan jeg lave?",
        "hvor mange panodiler må jeg tage når jeg ammer?",
        "lægen snakker om en blokade i ryggen, hvor længe virker sådan en?",
        # a part the exercises name ("hofterne", "skuldrene"), told to hurt
        "min hofte er begyndt at gøre ondt når jeg sover på siden, hvad gør jeg?",
        "stive skuldre efter en lang uge ved skærmen, hvad hjælper?",
    ],
)
def test_a_question_about_another_place_or_illness_gets_no_back_answer(
    brain: Brain, message: str
) -> None:
    assert brain.reply(message, TUESDAY_MORNING).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    "message",
    [
        "har roet kajak hele weekenden og nu gør det ondt langs ribbenene, hvad gør jeg?",
        "min søn på 8 har ondt i benene om aftenen, er det vokseværk?",
    ],
)
def test_pain_only_in_another_place_is_not_met_with_back_questions(
    brain: Brain, message: str
) -> None:
    assert brain.reply(message, TUESDAY_MORNING).kind is ReplyKind.FALLBACK


@pytest.mark.parametrize(
    "message",
    [
        "Havde influenza med feber i sidste uge, den er væk nu. Ryggen er øm efter jeg har"
        " ligget i sengen. Hvad hjælper?",
        "min søn er forkølet, og jeg har fået ondt i lænden af at bære rundt på ham, hvad hjælper?",
    ],
)
def test_another_illness_told_beside_back_pain_leaves_the_back_asked_about(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "hurtig-hjaelp"


@pytest.mark.parametrize(
    "message",
    [
        "jeg har migræne hver uge, hvad gør jeg?",
        "Jeg har ondt i lænden. Hvad hjælper mod migræne?",
        "hvad hjælper mod migræne, når man også har ondt i lænden?",
    ],
)
def test_another_illness_asked_about_gets_no_back_answer(brain: Brain, message: str) -> None:
    assert brain.reply(message, TUESDAY_MORNING).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # the causes table's row tells how the condition shows
        ("Er det iskias?", "prolaps"),
        (
            "Det stråler ned i ballen og bag på låret siden i går efter jeg har hevet i en"
            " trailer. Er det iskias?",
            "prolaps",
        ),
        ("det stråler ned i balden når jeg sidder længe, er det iskias?", "prolaps"),
        ("kan det være et hekseskud?", "hold-i-ryggen"),
        ("er det slidgigt?", "slid"),
        # compared with another, or its mark denied: the difference
        ("smerten stråler ned i balden, er det iskias eller bare lænden?", "forskel-ischias"),
        (
            "det stråler ikke ned, det sidder kun lige i lænden. er det så iskias?",
            "forskel-ischias",
        ),
    ],
)
def test_asking_whether_it_is_a_condition_gets_how_that_condition_shows(
    brain: Brain, message: str, entry_id: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == entry_id


def test_a_condition_named_of_an_animal_or_in_a_statement_is_no_such_question(
    brain: Brain,
) -> None:
    reply = brain.reply(
        "Vores gravhund slæber pludselig bagbenene. Er det diskusprolaps, og hvad koster en"
        " operation hos dyrlægen?",
        TUESDAY_MORNING,
    )
    assert reply.kind is not ReplyKind.ANSWER
    reply = brain.reply("jeg har iskias og vil gerne træne, hvad må jeg?", TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "iskias-traening"


@pytest.mark.parametrize(
    "message",
    [
        "Nu har jeg ondt i lænden efter havearbejde.",
        "Jeg er helt øm i lænden efter flytningen i går.",
        "Jeg er 45 og har ondt i lænden efter at have gravet kartofler op",
    ],
)
def test_back_pain_told_with_a_strain_as_its_cause_gets_muscle_overload(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == "hold-i-ryggen"


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        # session 74: how one's back is, told with no question and no sure match, got
        # "did you mean" or "det kan jeg ikke svare på"
        ("om morgenen er min lænd stiv som et bræt, om natten er den fin", {"slid"}),
        ("lænden er blevet ømmere sidst på dagen de sidste uger, bare en murren", {"aarsager"}),
        (
            "fik et jag i lænden da jeg løftede barnevognen ned ad trappen",
            {"hold-i-ryggen", "aarsager"},
        ),
    ],
)
def test_how_ones_back_is_told_without_a_question_gets_the_causes_it_fits(
    brain: Brain, message: str, entry_ids: set[str]
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id in entry_ids


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # a session-66 review set: each got "did you mean"
        ("tror jeg har fået et hold i ryggen da jeg bandt snørebånd", "hold-i-ryggen"),
        (
            "mit barn har 39 i feber og jeg har fået hold i ryggen af at bære rundt på hende"
            " hele natten",
            "hold-i-ryggen",
        ),
    ],
)
def test_a_statement_naming_a_condition_of_the_causes_table_gets_its_row(
    brain: Brain, message: str, entry_id: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.entry is not None and reply.entry.id == entry_id
    # ... not one that denies it
    assert brain.reply("jeg har ikke iskias", TUESDAY_MORNING).entry is None


def test_a_strain_told_of_another_place_is_no_muscle_overload_of_the_back(
    brain: Brain,
) -> None:
    reply = brain.reply("har fået ondt i knæet efter havearbejde", TUESDAY_MORNING)
    assert reply.entry is None or reply.entry.id != "hold-i-ryggen"


@pytest.mark.parametrize(
    "message",
    [
        "Jeg sover dårligt og har ondt i lænden. Kan det hænge sammen?",
        "Jeg har en blød sofa og sidder i den hver aften. Er det derfor jeg har ondt i lænden?",
    ],
)
def test_asking_whether_a_thing_told_is_the_cause_gets_the_causes(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "aarsager"


def test_a_sign_told_as_over_then_what_helps_gets_what_helps(brain: Brain) -> None:
    reply = brain.reply(
        "Jeg lå med 39 i feber i fem dage sidste uge, men den er helt væk nu. Lænden er stiv"
        " efter al den liggen. Hvad hjælper?",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "hurtig-hjaelp"
    # asking which signs to act on quickly is still the danger signs
    reply = brain.reply(
        "Jeg underviser på en sosu-skole. Hvilke tegn ved rygsmerter skal man reagere hurtigt på?",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "symptomer"


def test_another_place_told_beside_a_question_about_the_back_is_answered(brain: Brain) -> None:
    reply = brain.reply(
        "Fingrene snurrer hvis jeg har sovet på armen. Hvordan laver man knæ til bryst?",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "knae-til-bryst"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # The condition names hold i ryggen; the question asks about work.
        ("Skal jeg melde mig syg når jeg har hold i ryggen?", "arbejde"),
        ("hvis jeg har iskias, må jeg så træne?", "iskias-traening"),
        # With nothing asked outside it, the condition says what is asked.
        ("hvad gør jeg når jeg har hold i ryggen?", "hold-i-ryggen"),
    ],
)
def test_a_question_is_about_what_it_asks_not_its_condition(
    brain: Brain, message: str, entry_id: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == entry_id


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("jeg står ved et samlebånd otte timer om dagen, kan det give ondt i lænden", "aarsager"),
        (
            "kan dårligt gå op ad trappen efter squats i går og lænden er øm, må jeg træne",
            "styrketraening",
        ),
        # the back named by its condition ("hold i ryggen"), not the word "ryggen" alone
        ("fik hold i ryggen da jeg hængte vasketøj op, hvad hjælper hurtigt", "hurtig-hjaelp"),
        # "hvilke" with its noun, then a verb before its subject, asks (a relative "hvilke"
        # would have its subject first); so does "hvor" and a degree
        (
            "arbejder i et supermarked og har fået ondt i lænden af at løfte kasser, hvilke"
            " øvelser kan jeg lave hjemme",
            "oevelser",
        ),
    ],
)
def test_a_sentence_that_tells_then_asks_after_a_comma_is_answered_by_its_question(
    brain: Brain, text: str, entry_id: str
) -> None:
    # the told clause's own words ("samlebånd", "squats") drowned the question asked after
    # the comma, and the whole sentence got "did you mean"
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER and reply.red_flag is Tier.NONE
    assert reply.entry is not None and reply.entry.id == entry_id


@pytest.mark.parametrize(
    "text",
    [
        "min hund har ondt i ryggen og vil ikke op i bilen, hvad gør jeg",
        "har feber og ondt i halsen af en forkølelse men ryggen er fin, kan jeg lave mine øvelser",
    ],
)
def test_a_sentence_about_an_animal_or_an_illness_is_not_cut_into_a_back_question(
    brain: Brain, text: str
) -> None:
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    "text",
    [
        # a knee that hurts is not the knee-to-chest exercise
        "Mit knæ gør ondt når jeg går på trapper, hvad kan det være?",
        # "også" between the words of a phrase says nothing (training set conversations 79)
        "mit knæ gør også ondt når jeg cykler, hvad kan det være",
        # the knee or hip told what is wrong with it (session 53)
        "Mit knæ er hævet, skal jeg køle det?",
        "hoften knager når jeg rejser mig, er det slid?",
        # a kerb is not kat-ko (two slips from "katten")
        "vrikkede om på en kantsten i går og anklen er hævet. varmepude eller is på den?",
        "har ondt under hælen hver morgen, hvad er det",
        "jeg har sure opstød om aftenen, hvad kan jeg gøre?",
    ],
)
def test_trouble_elsewhere_gets_no_back_answer(brain: Brain, text: str) -> None:
    assert brain.reply(text, TUESDAY_MORNING).entry is None


def test_someones_cat_is_a_pet_not_the_cat_cow_exercise(brain: Brain) -> None:
    # "kat" is a word of kat-ko's: "min kat har ondt i ryggen" got the exercise
    reply = brain.reply("vores kat har ondt i ryggen og vil ikke op på sengen", TUESDAY_MORNING)
    assert reply.entry is None
    reply = brain.reply("hvordan laver jeg katten?", TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "kat-ko"


def test_a_worry_told_of_another_body_part_gets_no_back_danger_signs(brain: Brain) -> None:
    # a story whose question says only "er det farligt?" was met with the back's danger
    # signs, whatever the story was about
    assert brain.reply("min nakke knaser. er det farligt", TUESDAY_MORNING).entry is None
    reply = brain.reply(
        "Jeg har ondt i lænden, og skulderen klikker. Er det farligt?", TUESDAY_MORNING
    )
    assert reply.entry is not None and reply.entry.id == RED_FLAG_ENTRY


@pytest.mark.parametrize(
    "text",
    [
        "what counts as a red flag with lower back pain?",
        "what are the danger signs with back pain that mean I should go to the emergency room?",
    ],
)
def test_english_questions_about_the_danger_signs_get_them(brain: Brain, text: str) -> None:
    # from the training sets: "red flag" (one) and "mean" were unknown words that left
    # these at "did you mean"
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == RED_FLAG_ENTRY
    assert reply.red_flag is Tier.NONE


@pytest.mark.parametrize(
    "text",
    [
        "dansede hele natten til julefrokosten, og nu er lænden helt stiv. hvad kan jeg gøre?",
        "har fået ondt i lænden af at bære min datter rundt på hoften hele dagen, hvad gør jeg",
        "what's the quickest way to ease a sore lower back?",
    ],
)
def test_a_story_of_back_pain_that_asks_what_helps_is_answered(brain: Brain, text: str) -> None:
    # from the training sets: such stories scored too low for a sure match and got
    # "did you mean"; the article's answer to them is what helps quickly
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.kind is ReplyKind.ANSWER and reply.entry is not None
    assert reply.entry.id in {"hurtig-hjaelp", "hold-i-ryggen"}


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        (
            "har halsbetændelse og 38 i feber, men ryggen har det fint, kan jeg godt lave bird dog",
            "bird-dog",
        ),
        (
            "har fået ny hofte i sommer og går med stok, kan jeg bruge en varmepude mod"
            " lændesmerterne",
            "varme-kulde",
        ),
    ],
)
def test_a_clear_question_after_a_story_of_another_illness_is_answered(
    brain: Brain, text: str, entry_id: str
) -> None:
    # session-65 review sets: the illness or other part told first kept the sentence whole,
    # and a clear question of its own got "did you mean"
    assert answered_entry(brain, text) == entry_id


@pytest.mark.parametrize(
    "text",
    [
        "hvordan ved jeg om det er ischias eller bare ondt i ryggen",
        "har ondt i lænden og det stråler ned i låret",
    ],
)
def test_a_tie_goes_to_the_entry_whose_heading_names_what_is_said(brain: Brain, text: str) -> None:
    # "what is low back pain" and "local pain or sciatica" scored the same, and the first
    # entry in the file won: the sciatica question got the general answer
    assert answered_entry(brain, text) == "forskel-ischias"


@pytest.mark.parametrize(
    "text",
    [
        "min datter har mellemørebetændelse, skal hun have penicillin eller går det over",
        "min kæbe knækker hver gang jeg tygger, hvorfor?",
    ],
)
def test_a_question_about_the_illness_a_story_told_is_not_answered(brain: Brain, text: str) -> None:
    assert brain.reply(text, TUESDAY_MORNING).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("hvad hjælper hurtigt, skal paa arbejde i morgen tidlig", "hurtig-hjaelp"),
        ("hvordan undgaar jeg at det kommer igen, har haft hold i ryggen 3 gange i aar", "forebyg"),
        (
            "hvad kan en fys gøre for mig, har haft ondt i lænden af og til i flere år",
            "fysioterapi",
        ),
        # "helt væk" after "hvornår" asks how long, not whether it goes for good
        (
            "har haft ondt i lænden i tre uger, det bliver bedre, hvornår er det helt væk?",
            "varighed",
        ),
    ],
)
def test_the_situation_told_after_a_question_does_not_take_over_what_is_asked(
    brain: Brain, text: str, entry_id: str
) -> None:
    # a session-65 review set: the clause after the question, its subject dropped ("skal
    # på arbejde"), told the situation, and its words won the match (physiotherapy, how
    # long it lasts)
    assert answered_entry(brain, text) == entry_id


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # a question asked for someone, with no question mark
        (
            "Min mor havde høj feber i julen, men nu er hun frisk igen. Hun spørger hvilke "
            "øvelser hun kan lave for lænden",
            "oevelser",
        ),
        # "hvad gør man", "hvad skal han gøre": what to do, asked of anyone
        (
            "min kollega var i en slem bilulykke sidste år og har stadig ondt. selv har jeg "
            "bare ondt efter at have slæbt flyttekasser i går, hvad gør man",
            "hold-i-ryggen",
        ),
        (
            "min far på 80 har ondt i lænden efter han har slæbt brænde. han er ikke faldet. "
            "hvad skal han gøre",
            "hurtig-hjaelp",
        ),
    ],
)
def test_a_question_asked_for_someone_or_of_anyone_is_answered(
    brain: Brain, text: str, entry_id: str
) -> None:
    # from the floors' look-alikes: these stories got "did you mean"
    assert answered_entry(brain, text) == entry_id


@pytest.mark.parametrize(
    "text",
    [
        "min hofte er stiv om morgenen, hvad kan jeg gøre",
        "jeg har ondt i lænden og har hørt at voltaren gel virker godt. skal jeg prøve det?",
    ],
)
def test_stiffness_elsewhere_or_a_medicine_asked_about_is_not_what_helps_the_back(
    brain: Brain, text: str
) -> None:
    # from the review: a stiff hip was taken for the back, and a medicine named in a
    # story and asked about got what helps quickly
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.entry is None or reply.entry.id != "hurtig-hjaelp"


def test_not_knowing_when_to_see_the_doctor_is_asked_not_denied(brain: Brain) -> None:
    # training set conversations 98: "ved bare ikke" denied the question that followed,
    # and the heat pad tried was answered instead
    reply = brain.reply(
        "Jeg har haft ondt i lænden i cirka 10 dage nu. Har prøvet varmepude og gåture og det"
        " går langsomt fremad. Jeg ved bare ikke hvornår man egentlig skal gå til lægen med"
        " sådan noget, eller om man bare skal give det tid.",
        TUESDAY_MORNING,
    )
    assert reply.entry is not None and reply.entry.id == "soeg-hjaelp"


@pytest.mark.parametrize(
    "message",
    [
        "kan jeg godt møde ind med ondt i ryggen?",
        "kan jeg godt tage på arbejde med hold i lænden?",
        # Norwegian and Swedish (training sets 90 and 92)
        "Jeg har vondt i korsryggen etter flyttingen. Bør jeg sykemelde meg eller kan jeg jobbe"
        " videre?",
        "hon undrar om hon kan fortsätta jobba när hon har ont i ryggen, hon jobbar på lager",
    ],
)
def test_going_in_to_work_asks_about_the_job(brain: Brain, message: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "arbejde"


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # "still" and "go" say nothing
        ("can I still go jogging if I have sciatica?", "iskias-traening"),
        # everyday English words ("bugging", "tuesday") are no rare topic words that
        # drown the words the knowledge knows
        ("my lower back has been bugging me since tuesday, what can I do?", "hurtig-hjaelp"),
    ],
)
def test_english_questions_in_everyday_words_get_their_answer(
    brain: Brain, text: str, entry_id: str
) -> None:
    reply = brain.reply(text, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == entry_id


def test_common_english_words_are_not_read_as_knowledge_words(brain: Brain) -> None:
    # "number" stems to "numb", and "bugging" is a slip away from "bulging" (a prolapse)
    reply = brain.reply("how do I get a CPR number when I have just moved here?", TUESDAY_MORNING)
    assert reply.entry is None
    reply = brain.reply("my lower back has been bugging me, any tips?", TUESDAY_MORNING)
    assert reply.entry is None or reply.entry.id != "prolaps"
    # "passport" is no Danish compound of "pas" and "sport"
    assert brain.reply("how do I renew my passport", TUESDAY_MORNING).entry is None


@pytest.mark.parametrize(
    "message",
    [
        "jeg har ondt i lænden og knæene er også ømme, hvad hjælper?",
        # the exercise's arm, and its tensing, are no complaint
        "fysen viste mig en øvelse på alle fire hvor man strækker en arm og det modsatte ben"
        " ud og skal spænde maven. hvor længe holder man den?",
    ],
)
def test_another_part_beside_the_back_or_in_an_exercise_keeps_the_answer(
    brain: Brain, message: str
) -> None:
    assert brain.reply(message, TUESDAY_MORNING).kind is ReplyKind.ANSWER


@pytest.mark.parametrize(
    "text",
    [
        "how long do I boil an egg",
        "hvor lang tid skal pasta koge?",
        # "anbefale" and "god" are everyday words, which say nothing of what is asked
        "kan du anbefale en god burger i Aalborg?",
    ],
)
def test_a_kind_of_question_asked_of_unknown_things_is_not_answered(
    brain: Brain, text: str
) -> None:
    # "hvor længe" is a kind of question the article answers, here of something else
    assert brain.reply(text, TUESDAY_MORNING).entry is None


@pytest.mark.parametrize(
    "message",
    [
        "når jeg laver bird-dog stikker det i lænden, skal jeg stoppe?",
        "er det ok at være øm dagen efter jeg har lavet kat-ko?",
    ],
)
def test_pain_an_exercise_brought_asks_how_to_exercise_safely(brain: Brain, message: str) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "sikre-oevelser"


@pytest.mark.parametrize(
    "message",
    [
        # whether to do it, with back pain: the exercise itself
        "kan jeg lave knæ til bryst når jeg har ondt i lænden?",
        "hvordan laver jeg bird-dog uden at det jager i ryggen?",
    ],
)
def test_an_exercise_asked_about_with_back_pain_is_that_exercise(
    brain: Brain, message: str
) -> None:
    reply = brain.reply(message, TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id in ("knae-til-bryst", "bird-dog")


def test_gone_for_good_asks_whether_the_pain_can_be_cured(brain: Brain) -> None:
    # "forsvinde helt" is a cure, not only passing ("går det over?": how long it lasts)
    reply = brain.reply("kan de få det til at forsvinde helt?", TUESDAY_MORNING)
    assert reply.entry is not None and reply.entry.id == "fysio-fjerne"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # a request for some is a "which" question ("giv mig", "kan du anbefale")
        ("giv mig et par simple øvelser jeg kan lave for at få det bedre i ryggen", "oevelser"),
        # being rid of the pain for good
        ("kan man komme helt af med ondt i lænden hos en fysioterapeut", "fysio-fjerne"),
        ("hvad er formålet med fysioterapi når man har ondt i lænden", "fysioterapi"),
        # an account asked for is no thing the article does not name
        ("kan du give mig et overblik over hvilke symptomer man skal kende?", "symptomer"),
    ],
)
def test_requests_and_everyday_words_get_their_answer(
    brain: Brain, message: str, entry: str
) -> None:
    assert answered_entry(brain, message) == entry


@pytest.mark.parametrize(
    "message",
    [
        "kan du anbefale nogle gode løbesko?",
        "forresten, kan du anbefale et par gode løbesko?",
        "giv mig et par gode løbesko",
        "kan du anbefale en god yogamåtte?",
    ],
)
def test_a_request_for_a_product_the_article_names_none_of_falls_back(
    brain: Brain, message: str
) -> None:
    assert answered_entry(brain, message) is None


@pytest.mark.parametrize("message", ["hej, jeg har et spørgsmål", "hej, spørgsmål for min datter"])
def test_having_a_question_is_no_question_about_what_to_ask_a_physiotherapist(
    brain: Brain, message: str
) -> None:
    assert brain.reply(message, TUESDAY_MORNING).entry is None
