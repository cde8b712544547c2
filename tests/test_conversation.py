"""Follow-ups read with the chat's context, and complete questions on their own terms."""

from datetime import UTC, datetime

import pytest

from bot.brain import Brain
from bot.context import MAX_TEXT
from bot.conversation import Conversations
from bot.red_flags import Tier
from bot.reply import Reply, ReplyKind

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def chat(brain: Brain) -> Conversations:
    return Conversations(brain)


def say(chat: Conversations, *messages: str) -> Reply:
    """Send messages to one chat; the reply to the last."""
    replies = [chat.reply("chat", message, NOW) for message in messages]
    return replies[-1]


def entry_of(reply: Reply) -> str | None:
    return reply.entry.id if reply.entry and reply.kind is ReplyKind.ANSWER else None


def test_a_close_call_offers_the_runner_up_first(brain: Brain) -> None:
    # What a hold in the back is or how to prevent it: two entries score almost alike.
    reply = brain.reply("hvordan undgår jeg hold i ryggen", NOW)
    answered = entry_of(reply)
    assert reply.suggestions_title == brain.phrases.close_call_title
    assert {answered, reply.suggestions[0].entry_id} == {"hold-i-ryggen", "forebyg"}


def test_a_clear_answer_offers_related_questions(brain: Brain) -> None:
    reply = brain.reply("hvor længe varer et hekseskud", NOW)
    assert (entry_of(reply), reply.suggestions_title) == ("varighed", brain.phrases.related_title)


@pytest.mark.parametrize(
    ("before", "follow_up", "meant"),
    [
        # A pronoun: "det" is the sciatica just spoken of.
        ("jeg tror jeg har iskias", "må jeg godt træne med det?", "iskias-traening"),
        # A short follow-up all of whose words the last answer speaks of asks more of it.
        ("hvordan laver man knæ til bryst?", "og skal jeg skifte ben?", "knae-til-bryst"),
        # "de" are the physiotherapists just spoken of.
        ("hvordan finder jeg en fysioterapeut", "kan de tage smerterne helt væk?", "fysio-fjerne"),
        # A detail of the exercise just explained, not the overview or general advice.
        ("hvordan laver man bird-dog?", "hvor mange sekunder skal man holde?", "bird-dog"),
        ("forklar kat-ko øvelsen", "hvornår skal jeg trække vejret ind?", "kat-ko"),
        ("hvordan laver man bird-dog?", "hvor længe skal jeg holde stillingen?", "bird-dog"),
        # "Hvad betyder det?" asks what the thing just spoken of is.
        ("lægen siger det er en diskusprolaps", "hvad betyder det?", "prolaps"),
        # Pointing back at the entry just answered, saying little of its own.
        ("hvordan laver man bird dog?", "og hvad er den egentlig god for", "bird-dog"),
        # "godt" here is no acknowledgement: a message opening with "hvad" asks.
        ("bird dog hvordan??", "hvad er den godt for", "bird-dog"),
        # An opener after a word of acknowledgement still goes on from the last topic.
        ("kan jeg træne med iskias", "ok og hvad med at løbe en tur", "iskias-traening"),
        # A short follow-up that alone says little is read with its context only.
        ("hjælper det at gå ture når ryggen gør ondt", "hver dag?", "hurtig-hjaelp"),
        # A short "why" that points back asks why of the last answer, not for causes.
        ("hvordan laver man knæ til bryst?", "hvorfor hjælper den?", "knae-til-bryst"),
        ("how do I do the knee to chest exercise?", "why does it help?", "knae-til-bryst"),
        # ... also after an opener.
        ("forklar bird-dog øvelsen", "men hvorfor hjælper den egentlig?", "bird-dog"),
        # ... and so does a "why" of the help itself (session 71's probe)
        ("hjælper det at gå en tur når lænden gør ondt", "hvorfor hjælper det?", "hurtig-hjaelp"),
        # A follow-up read with its context is sure enough at a story's score.
        (
            "jeg tror jeg har iskias, det stråler ned bag i låret",
            "må jeg stadig løbe mine ture?",
            "iskias-traening",
        ),
        ("hvordan finder jeg en fysioterapeut", "hvad laver de så egentlig", "fysioterapi"),
        # What comes next, or whether to go on, with what was just told.
        (
            "skal til fysioterapeut på torsdag for første gang pga lænden",
            "hvad skal jeg forvente?",
            "fysioterapi",
        ),
        ("arbejder på lager og løfter meget, min lænd er øm", "kan jeg fortsætte?", "arbejde"),
        # A clear question torn between two entries: the chat settles which.
        (
            "jeg arbejder på lager med tunge løft",
            "skal jeg stoppe indtil ryggen er god?",
            "arbejde",
        ),
        # A condition's mark denied before: whether it is that condition asks the difference.
        (
            "det sidder kun i lænden, går ikke ned i benet",
            "er det så iskias?",
            "forskel-ischias",
        ),
    ],
)
def test_a_follow_up_is_read_against_the_last_topic(
    chat: Conversations, brain: Brain, before: str, follow_up: str, meant: str
) -> None:
    assert entry_of(brain.reply(follow_up, NOW)) != meant
    assert entry_of(say(chat, before, follow_up)) == meant


def test_another_persons_sciatica_told_earlier_is_not_the_writers(chat: Conversations) -> None:
    reply = say(
        chat,
        "min kone har iskias",
        "hjælper varme?",
        "jeg har selv lidt ondt i lænden, må jeg løbe?",
    )
    assert entry_of(reply) != "iskias-traening"


def test_a_condition_denied_earlier_lends_no_topic(chat: Conversations) -> None:
    reply = say(chat, "jeg har ikke iskias", "hjælper varme?", "kan jeg træne?")
    assert entry_of(reply) != "iskias-traening"


def test_the_topic_of_the_message_before_a_follow_up_still_holds(chat: Conversations) -> None:
    """What to do about it, two messages after the wear was told: the wear's own row says."""
    reply = say(
        chat,
        "lægen siger jeg har slid i ryggen",
        "hvor længe varer det?",
        "hvad kan jeg selv gøre ved det?",
    )
    assert entry_of(reply) == "slid"


@pytest.mark.parametrize(
    "told",
    [
        ("min læge mener jeg har iskias", "hvor lang tid varer det normalt?"),
        ("jeg har fået iskias i højre ben", "hjælper varme eller kulde bedst?"),
    ],
)
@pytest.mark.parametrize(
    "asked", ["må jeg stadig cykle på mit spinninghold?", "kan jeg godt tage på fitness i morgen?"]
)
def test_training_asked_after_sciatica_told_earlier_in_the_chat_is_training_with_sciatica(
    chat: Conversations, told: tuple[str, str], asked: str
) -> None:
    """The sciatica was told two messages back, and another answer came between."""
    assert entry_of(say(chat, *told, asked)) == "iskias-traening"


@pytest.mark.parametrize(
    ("training", "what_if"),
    [
        ("må man løfte vægte med ondt i ryggen?", "og hvis det nu er iskias?"),
        ("hvordan laver man kat-ko?", "og med iskias?"),
        ("hvordan laver man bird-dog?", "og hvis det stråler ned i benet?"),
        # whether what was spoken of may be done with it
        ("hvordan laver man bird-dog?", "kan jeg det med iskias?"),
        ("hvilke øvelser kan jeg lave?", "må jeg lave dem med iskias?"),
    ],
)
def test_sciatica_as_a_what_if_after_training_asks_about_training_with_it(
    chat: Conversations, training: str, what_if: str
) -> None:
    say(chat, training)
    assert entry_of(say(chat, what_if)) == "iskias-traening"


def test_asking_whether_it_is_sciatica_after_an_exercise_is_no_training_question(
    chat: Conversations,
) -> None:
    say(chat, "hvordan laver man bird-dog?")
    assert entry_of(say(chat, "er det iskias?")) != "iskias-traening"


@pytest.mark.parametrize(
    ("asked", "in_setting", "entry"),
    [
        (("hvordan forebygger jeg ondt i ryggen?",), "og på arbejdet?", "forebyg"),
        (("hvordan forebygger jeg ondt i ryggen?",), "hvad med på jobbet, jeg står op", "forebyg"),
        (("er det farligt?", "hvad kan jeg selv gøre?"), "og om natten?", "hurtig-hjaelp"),
    ],
)
def test_the_last_question_asked_in_another_setting_gets_that_answer(
    chat: Conversations, asked: tuple[str, ...], in_setting: str, entry: str
) -> None:
    say(chat, *asked)
    assert entry_of(say(chat, in_setting)) == entry


def test_another_cause_asked_after_a_cause_is_that_cause(chat: Conversations) -> None:
    say(chat, "hvad er hold i ryggen?")
    assert entry_of(say(chat, "og ved prolaps?")) == "prolaps"


def test_sciatica_denied_after_training_is_no_question_of_training_with_it(
    chat: Conversations,
) -> None:
    say(chat, "er det skidt for ryggen at træne med vægte?")
    assert entry_of(say(chat, "og hvis jeg ikke har iskias?")) != "iskias-traening"


@pytest.mark.parametrize(
    "how_often", ["hvor tit skal jeg lave den?", "og hvor mange gange om dagen?"]
)
def test_how_often_after_an_exercise_is_told_by_the_overview(
    chat: Conversations, how_often: str
) -> None:
    # The overview says "1–2 gange dagligt"; the exercise's own text says nothing of it.
    # Found by a helper playing users: the short answer led with the exercises' names and
    # left "1–2 gange dagligt" behind "Skriv 0 for at læse mere".
    reply = say(chat, "hvordan laver man knæ til bryst?", how_often)
    assert entry_of(reply) == "oevelser" and "1–2 gange dagligt" in reply.text


def test_how_long_to_hold_an_exercise_is_in_the_short_answer(chat: Conversations) -> None:
    reply = say(chat, "hvordan laver jeg bird-dog?", "hvor længe skal jeg holde den?")
    assert entry_of(reply) == "bird-dog" and "2–3 sekunder" in reply.text


def test_how_many_times_alone_asks_for_repetitions(chat: Conversations) -> None:
    assert entry_of(say(chat, "hvor mange gange skal jeg lave bird dog")) == "bird-dog"


@pytest.mark.parametrize(
    ("exercise", "told_by"),
    [
        ("hvordan laver jeg bird dog?", "oevelser"),
        ("hvordan laver jeg knæ til bryst?", "oevelser"),
        ("hvordan laver jeg kat-ko?", "kat-ko"),
    ],
)
def test_how_many_times_after_an_exercise_is_told_where_the_article_tells_it(
    chat: Conversations, exercise: str, told_by: str
) -> None:
    # found by a helper playing users: after bird-dog, "hvor mange gange?" repeated its
    # steps, which give no number; the overview says "8–15 gentagelser", kat-ko "8–12"
    reply = say(chat, exercise, "hvor mange gange?")
    assert entry_of(reply) == told_by and "gentagelser" in reply.text


def test_the_next_exercise_follows_the_article_order(chat: Conversations, brain: Brain) -> None:
    order = [exercise.entry_id for exercise in brain.exercises]
    assert entry_of(say(chat, "hvordan laver jeg kat-ko")) == order[2]
    assert entry_of(say(chat, "og den første?")) == order[0]
    assert entry_of(say(chat, "og den næste øvelse?")) == order[1]
    assert entry_of(say(chat, "og den sidste?")) == order[-1]
    assert entry_of(say(chat, "og den midterste?")) == order[1]
    assert entry_of(say(chat, "og den første?")) == order[0]
    assert entry_of(say(chat, "nej undskyld, jeg mente den i midten")) == order[1]


def test_a_step_or_place_in_the_program_in_other_words(chat: Conversations, brain: Brain) -> None:
    # training sets 84-85: "den næste i programmet", and English places in the list
    order = [exercise.entry_id for exercise in brain.exercises]
    assert entry_of(say(chat, "hvordan laver jeg bird-dog?")) == order[0]
    assert entry_of(say(chat, "og hvad er den næste i programmet?")) == order[1]
    assert entry_of(say(chat, "and the first one in the list?")) == order[0]
    assert entry_of(say(chat, "the last one?")) == order[-1]


def test_the_next_after_the_last_exercise_says_there_is_none_and_offers_them_all(
    chat: Conversations, brain: Brain
) -> None:
    # found by a helper playing users: "næste øvelse" after kat-ko, the last, gave kat-ko
    # again, and "næste" the danger signs
    order = [exercise.entry_id for exercise in brain.exercises]
    say(chat, "hvordan laver jeg kat-ko")
    reply = say(chat, "næste øvelse")
    assert reply.text == brain.phrases.no_next_exercise
    assert [s.entry_id for s in reply.suggestions] == order
    assert entry_of(say(chat, "1")) == order[0]
    assert say(chat, "forrige").text == brain.phrases.no_previous_exercise


def test_the_next_after_an_exercise_the_message_names_follows_it(brain: Brain) -> None:
    order = [exercise.entry_id for exercise in brain.exercises]
    reply = brain.reply("jeg har lavet bird-dog, hvad er næste øvelse?", NOW)
    assert order[0] == "bird-dog" and entry_of(reply) == order[1]


@pytest.mark.parametrize(
    "follow_up",
    ["kan jeg lave den de næste to uger?", "skal jeg vise den til min fys ved næste besøg?"],
)
def test_next_week_is_no_step_to_the_next_exercise(
    chat: Conversations, brain: Brain, follow_up: str
) -> None:
    order = [exercise.entry_id for exercise in brain.exercises]
    say(chat, "hvordan laver jeg bird-dog?")
    assert entry_of(say(chat, follow_up)) != order[1]


def test_pain_afterwards_after_the_last_exercise_is_no_step(chat: Conversations) -> None:
    # from the review: "efterfølgende" (afterwards) was read as "the next one"
    say(chat, "jeg lavede kat-ko i går")
    assert entry_of(say(chat, "har haft ondt efterfølgende, er det normalt?")) == "sikre-oevelser"


def test_the_next_one_right_after_the_overview_is_the_first_exercise(
    chat: Conversations, brain: Brain
) -> None:
    # It was read as the danger signs ("næste" without an exercise to count from).
    order = [exercise.entry_id for exercise in brain.exercises]
    assert entry_of(say(chat, "hvilke øvelser hjælper mod ondt i lænden?")) == "oevelser"
    assert entry_of(say(chat, "og den næste?")) == order[0]
    assert entry_of(say(chat, "og den næste?")) == order[1]


def test_the_exercise_not_yet_spoken_of_is_the_one_asked_for(
    chat: Conversations, brain: Brain
) -> None:
    order = [exercise.entry_id for exercise in brain.exercises]
    assert entry_of(say(chat, "hvordan laver jeg kat-ko")) == order[2]
    assert entry_of(say(chat, "og bird-dog?")) == order[0]
    assert entry_of(say(chat, "og så den sidste af de tre vi ikke har snakket om")) == order[1]


def test_a_question_of_its_own_beside_not_yet_spoken_of_is_answered(chat: Conversations) -> None:
    # A review's finding: "vi ikke har talt om" asks for the remaining exercise only when
    # the message asks nothing clear of its own.
    assert entry_of(say(chat, "hvordan laver jeg kat-ko")) == "kat-ko"
    reply = say(chat, "noget vi ikke har talt om: kan jeg gå på arbejde med ondt i ryggen?")
    assert entry_of(reply) == "arbejde"


def test_more_of_the_same_topic_is_the_rest_but_not_how_much_of_an_unknown_thing(
    chat: Conversations,
) -> None:
    say(chat, "skal jeg stoppe med at arbejde med ondt i lænden?")
    reply = say(chat, "hvad med melsækkene på 25 kg, kan jeg bare fortsætte med dem?")
    assert "tunge løft" in reply.text
    say(chat, "kan styrketræning gøre ondt i lænden værre")
    assert say(chat, "ok og hvor meget proteinpulver skal man tage om dagen?").entry is None


def test_the_writers_case_against_an_answer_gets_the_rest_of_that_answer(
    chat: Conversations,
) -> None:
    say(chat, "Skal jeg stoppe med at arbejde når jeg har ondt i lænden?")
    reply = say(chat, "men jeg er murer og løfter tungt hele dagen")
    assert entry_of(reply) == "arbejde"
    assert "tunge løft" in reply.text


@pytest.mark.parametrize(
    "case",
    [
        # told as what the writer does, which alone reads as the causes (session 73)
        "jeg er tømrer så jeg slæber rundt på tunge ting hele dagen",
        "jeg er pædagog og løfter børn hele dagen",
    ],
)
def test_the_writers_work_told_after_the_work_answer_is_about_that_answer(
    chat: Conversations, case: str
) -> None:
    say(chat, "skal jeg melde mig syg når ryggen driller")
    reply = say(chat, case)
    assert entry_of(reply) == "arbejde"
    assert "tunge løft" in reply.text


def test_a_question_of_causes_after_an_answer_is_still_about_causes(
    chat: Conversations,
) -> None:
    say(chat, "jeg får ondt i lænden hver gang jeg har travlt på arbejdet, hvad gør jeg")
    assert entry_of(say(chat, "kan stress virkelig give ondt i ryggen")) == "aarsager"


def test_the_writers_case_told_without_a_but_is_still_against_the_answer(
    chat: Conversations,
) -> None:
    say(chat, "Skal jeg stoppe med at arbejde når jeg har ondt i lænden?")
    reply = say(chat, "jeg er smed og løfter tunge jernstænger hele dagen")
    assert entry_of(reply) == "arbejde"
    assert "tunge løft" in reply.text


def test_turning_to_ones_own_knee_is_not_the_knee_to_chest_exercise(chat: Conversations) -> None:
    say(chat, "Kan jeg træne med iskias?")
    assert say(chat, "og hvad med mit knæ, det gør også ondt").entry is None


def test_turning_to_ones_own_shoulders_after_an_exercise_is_not_that_exercise(
    chat: Conversations,
) -> None:
    # bird-dog's text names the shoulders: a complaint of them is no question of it
    assert entry_of(say(chat, "hvordan laver man bird-dog")) == "bird-dog"
    assert say(chat, "og mine skuldre, de er også helt stive?").entry is None


def test_what_to_do_after_the_causes_is_how_to_prevent_them(chat: Conversations) -> None:
    assert entry_of(say(chat, "kan man få ondt i lænden af stress?")) == "aarsager"
    assert entry_of(say(chat, "hvad kan jeg gøre ved det?")) == "forebyg"
    # A question of its own is answered on its own terms.
    assert entry_of(say(chat, "hvad kan jeg gøre ved iskias?")) != "forebyg"


def test_what_to_do_after_the_causes_and_a_remark_answered_with_nothing_is_prevention(
    chat: Conversations,
) -> None:
    # the remark between them got "did you mean"; the causes are still the topic
    assert entry_of(say(chat, "kan man få ondt i lænden af stress?")) == "aarsager"
    assert say(chat, "har købt en ny kontorstol men den gør vist ingen forskel").entry is None
    assert entry_of(say(chat, "hvad gør jeg?")) == "forebyg"


def test_an_exercise_every_day_asks_how_often_and_the_overview_tells(
    chat: Conversations,
) -> None:
    assert entry_of(say(chat, "hvordan laver jeg kat-ko")) == "kat-ko"
    assert entry_of(say(chat, "kan jeg lave den hver dag?")) == "oevelser"


def test_all_the_exercises_every_day_asks_how_often_after_one_of_them(
    chat: Conversations,
) -> None:
    assert entry_of(say(chat, "hvordan laver man bird-dog")) == "bird-dog"
    assert entry_of(say(chat, "kan jeg lave dem alle sammen hver dag?")) == "oevelser"


def test_the_exercise_with_the_knees_after_another_is_knee_to_chest(chat: Conversations) -> None:
    assert entry_of(say(chat, "hvordan laver man bird-dog")) == "bird-dog"
    assert entry_of(say(chat, "og den med knæene?")) == "knae-til-bryst"


def test_more_about_the_entry_just_answered_shows_what_was_not_shown(
    chat: Conversations,
) -> None:
    first = say(chat, "hvordan laver man bird dog?")
    more = say(chat, "og hvad er den egentlig god for")
    assert entry_of(more) == "bird-dog"
    assert "træner ryg- og baldemuskler" in more.text and more.text not in first.text


def test_asking_which_exercises_after_one_gets_the_overview(chat: Conversations) -> None:
    assert entry_of(say(chat, "hvordan laver man bird-dog?")) == "bird-dog"
    assert entry_of(say(chat, "hvilke øvelser er der ellers?")) == "oevelser"


def test_the_chat_names_the_condition_an_entry_needs(chat: Conversations) -> None:
    # an entry about sciatica needs sciatica named, by the message or the chat before it
    assert entry_of(say(chat, "hvad er iskias?", "hvordan behandler man det?")) == "prolaps"


def test_the_first_of_the_exercises_after_the_overview(chat: Conversations, brain: Brain) -> None:
    assert entry_of(say(chat, "hvilke øvelser er gode mod lændesmerter")) == "oevelser"
    assert entry_of(say(chat, "hvordan gør man den første af dem?")) == (
        brain.exercises[0].entry_id
    )


@pytest.mark.parametrize(
    "messages",
    [
        # from training conversations 73 and 77: the rest of the causes was shown
        ("hvorfor får man ondt i lænden", "er det arveligt?"),
        ("det sidder mere ude i siden end midt på ryggen", "kan det være nyrerne?"),
        # everyday words of another subject, not read as a question about the exercise
        ("hvordan laver jeg kat-ko?", "hvad er klokken i new york?"),
        ("hvordan laver jeg kat-ko?", "hvad er hovedstaden i frankrig"),
        ("må jeg gå på arbejde med ondt i ryggen?", "må jeg godt spille turnering på søndag?"),
        # numbers are details, not things the knowledge names
        ("hvordan laver jeg kat-ko?", "hvad er 15 % af 3400 kr?"),
        # mostly things the article never names, beside a word it uses (the night, sleep)
        (
            "kan søvn have noget med ryggen at gøre?",
            "hvordan får jeg min baby til at sove længere om natten?",
        ),
        # a thing judged that the knowledge never names: "farlig" says what is asked of
        # it, it does not describe it (session 71's probe)
        ("bør jeg få røntgen af ryggen?", "er strålingen farlig?"),
        # the name in another language, or its spelling: the article does not say
        ("hvad er ischias", "hvad hedder det på latin?"),
        ("hvad er ischias", "hvordan staves det egentlig rigtigt?"),
    ],
)
def test_a_follow_up_that_asks_only_of_a_thing_the_article_never_names_is_not_answered(
    chat: Conversations, messages: tuple[str, ...]
) -> None:
    assert entry_of(say(chat, *messages)) is None


@pytest.mark.parametrize(
    "messages",
    [
        # a word or two names a thing to read with the topic (session 33's review)
        ("hvilke øvelser er gode mod lændesmerter", "kondicykel?"),
        ("hva kan jeg lave af motion med ondt i ryggen", "stavgang?"),
        # English opens on from the topic as "hvad med" does
        ("hjælper varme eller kulde bedst?", "how about a hot bath?"),
        # a word that leans on what was said ("så", "værst") keeps it
        ("skal jeg stoppe med at arbejde med ondt i lænden?", "hvad skal jeg så ændre på pladsen"),
        ("hvad er forskellen på lokal lændesmerte og ischias?", "hvad er værst?"),
        # "stadig" goes on despite what was told: an activity the article never names
        ("kan jeg træne med iskias?", "må jeg stadig løbe mine runder i skoven?"),
    ],
)
def test_a_short_or_opened_follow_up_keeps_the_topic(
    chat: Conversations, messages: tuple[str, ...]
) -> None:
    first = entry_of(say(chat, messages[0]))
    assert first is not None
    assert entry_of(say(chat, *messages[1:])) == first


def test_an_exercise_reached_through_the_chat_starts_with_its_first_step(
    chat: Conversations,
) -> None:
    # the quick-relief answer's words ("mobiliseringsøvelser") chose kat-ko, not its lead
    say(chat, "hvad hjælper hurtigt mod ondt i ryggen")
    reply = say(chat, "hvordan laver man den?")
    assert entry_of(reply) == "kat-ko" and "Start på alle fire." in reply.text


def test_a_question_not_covered_lends_no_words_to_what_follows(chat: Conversations) -> None:
    # "trække" (deduct) of a tax question would read "de" as the exercises ("træk knæet")
    assert entry_of(say(chat, "må jeg trække min træning fra i skat?")) is None
    assert entry_of(say(chat, "hvordan finder jeg en fysioterapeut?")) == "find-fysioterapeut"
    assert entry_of(say(chat, "og hvad laver de så med en?")) == "fysioterapi"


def test_a_follow_up_about_a_thing_of_the_topic_goes_on_with_it(chat: Conversations) -> None:
    # a thing the article never names, asked about as it goes on from work (floor sets 23
    # and 25): more about work
    say(chat, "skal jeg blive hjemme fra arbejde?")
    reply = say(chat, "hvad med melsækkene på 25 kg, kan jeg bare fortsætte med dem?")
    assert reply.entry is not None and reply.entry.id == "arbejde"


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("hvad hjælper mod ondt i lænden", "og hvis det ik hjælper?"),
        ("hvor længe varer et hold i ryggen", "hvad hvis det bliver værre"),
        ("hvad hjælper hurtigt mod ondt i lænden", "og hvis det ikke er bedre om en uge?"),
        # ... or goes on (session 71's probe)
        ("hvor lang tid går der før et hold i ryggen går over", "og hvis det bliver ved længere?"),
        # Also right after an exercise, and in English.
        ("knæ til bryst øvelsen hvordan", "hvad hvis det ikke hjælper?"),
        ("hvordan laver jeg bird dog", "and if it doesnt help"),
        # "If not" alone, after "will it pass by itself?": not the same answer again.
        ("går det over af sig selv?", "og hvis ikke?"),
        ("går ondt i lænden over af sig selv", "og hvis det ikke gør?"),
        # ... also opened by "hvad så" or in English, as the brain reads it whole
        ("går det over af sig selv?", "hvad så hvis ikke?"),
        ("will it go away by itself?", "if not?"),
    ],
)
def test_if_it_does_not_help_or_gets_worse_asks_when_to_seek_help(
    chat: Conversations, before: str, follow_up: str
) -> None:
    assert entry_of(say(chat, before, follow_up)) == "soeg-hjaelp"


@pytest.mark.parametrize(
    ("before", "follow_up", "meant"),
    [
        # Pain if so, after an exercise or the exercises: how to exercise safely.
        ("hvordan laver jeg kat-ko?", "og hvis det stikker?", "sikre-oevelser"),
        ("hvilke øvelser hjælper?", "og hvis det gør ondt bagefter?", "sikre-oevelser"),
        ("hvordan laver jeg bird dog", "og hvis det stikker?", "sikre-oevelser"),
        # Pain told of something else asks about that.
        (
            "hvilke øvelser er gode for lænden",
            "og hvis jeg får ondt når jeg løfter på arbejdet?",
            "arbejde",
        ),
        # Unclear alone, the condition asks about the answer just given.
        (
            "skal jeg blive hjemme fra arbejde med ondt i lænden?",
            "hvad hvis jeg er murer og løfter tungt hele dagen",
            "arbejde",
        ),
    ],
)
def test_a_conditional_follow_up_asks_what_changes_if_so(
    chat: Conversations, before: str, follow_up: str, meant: str
) -> None:
    assert entry_of(say(chat, before, follow_up)) == meant


def test_a_complete_new_question_is_not_hijacked_by_the_context(chat: Conversations) -> None:
    say(chat, "jeg har haft iskias i en uge")
    assert entry_of(say(chat, "hvordan laver man bird dog?")) == "bird-dog"
    assert entry_of(say(chat, "hjælper varme eller kulde bedst?")) == "varme-kulde"


@pytest.mark.parametrize(
    ("before", "correction", "meant"),
    [
        (
            "scanning",
            "nej, jeg mente om jeg kan blive ved med at arbejde med ondt i ryggen",
            "arbejde",
        ),
        # what was not meant, named beside what was, is left out
        ("hvordan laver jeg bird dog", "nej, jeg mente kat ko, ikke bird dog", "kat-ko"),
        ("hvad hjælper mod ondt i ryggen??", "nej jeg mente øvelser, ikke piller", "oevelser"),
    ],
)
def test_a_correction_is_answered_by_what_was_meant(
    chat: Conversations, before: str, correction: str, meant: str
) -> None:
    say(chat, before)
    assert entry_of(say(chat, correction)) == meant


FRAGILE = "min mor på 88 har knogleskørhed"
FALL = "i går faldt hun ude på badeværelset, og nu har hun ondt i ryggen"


def test_a_danger_sign_told_over_two_messages_is_flagged(chat: Conversations, brain: Brain) -> None:
    """Brittle bones in one message and a fall in the next: a possible fracture."""
    assert brain.reply(FALL, NOW).red_flag is Tier.NONE
    say(chat, FRAGILE)
    assert say(chat, FALL).red_flag is Tier.PROMPT


def test_a_fall_last_week_and_pain_still_in_the_next_message_is_flagged(
    chat: Conversations,
) -> None:
    # found by a helper playing users: told over two messages, no warning; in one, one
    say(chat, "min mor på 84 faldt i sidste uge")
    assert say(chat, "hun har stadig ondt i ryggen").red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "illness",
    ["Han er 70 og er i kemo.", "Hun er 66 og har lige fået konstateret knoglemetastaser."],
)
def test_cancer_now_and_back_pain_in_the_next_message_is_flagged(
    chat: Conversations, brain: Brain, illness: str
) -> None:
    # from a review: a cancer told as its treatment, then back pain, raised nothing
    pain = "han har ondt i lænden" if illness.startswith("Han") else "hun har ondt i ryggen"
    assert brain.reply(pain, NOW).red_flag is Tier.NONE
    say(chat, illness)
    assert say(chat, pain).red_flag is Tier.PROMPT
    # another person's treatment beside the writer's own pain is none
    chat.reply("colleague", "min kollega er i kemo", NOW)
    assert chat.reply("colleague", "jeg har ondt i lænden, hvad gør jeg", NOW).red_flag is Tier.NONE


def test_pain_spoken_of_after_a_warning_keeps_it(chat: Conversations) -> None:
    assert say(chat, "jeg var ude for et motorcykeluheld i morges").red_flag is Tier.ACUTE
    reply = say(chat, "nu gør lænden rigtig ondt, skal jeg bare tage en varmepude?")
    assert reply.red_flag is Tier.ACUTE


def test_a_warning_kept_names_the_same_signs(chat: Conversations) -> None:
    first = say(chat, "jeg kan ikke holde på vandet og har ondt i ryggen")
    kept = say(chat, "kan jeg ikke bare vente med det til i morgen?")
    assert kept.red_flag_signs == first.red_flag_signs == ("blaere-tarm",)


def test_asking_what_about_a_sign_after_a_general_question_raises_no_warning(
    chat: Conversations,
) -> None:
    """Asking "hvad med feber?" is about a sign in general, and so is the denial after it."""
    say(chat, "hvornår skal man til lægen med ondt i ryggen")
    assert say(chat, "hvad med feber?").red_flag is Tier.NONE
    reply = say(chat, "ok, men jeg har ingen feber, bare ondt når jeg bukker mig")
    assert reply.red_flag is Tier.NONE


@pytest.mark.parametrize(
    "sign",
    [
        "og feber?",
        "og vægttab?",
        "and night pain?",
        # ... also asking why, without its "?" (session 71's probe)
        "og feber, hvorfor er det slemt",
        # ... and without the comma (session 73's chat probe)
        "og feber hvorfor er det et tegn",
    ],
)
def test_and_a_sign_after_a_question_about_the_signs_asks_about_it_too(
    chat: Conversations, sign: str
) -> None:
    say(chat, "hvad hvis man ikke kan holde på vandet?")
    reply = say(chat, sign)
    assert reply.red_flag is Tier.NONE
    assert entry_of(reply) == "symptomer"


def test_and_a_sign_after_a_general_question_naming_back_pain_asks_about_it(
    chat: Conversations,
) -> None:
    say(chat, "hvad er de der røde flag man hører om ved rygsmerter")
    assert say(chat, "og feber?").red_flag is Tier.NONE


@pytest.mark.parametrize(
    ("before", "after", "tier"),
    [
        ("jeg har ondt i ryggen, hvad kan jeg gøre?", "og feber?", Tier.PROMPT),
        # The writer's own pain told with the question about the signs.
        ("jeg har ondt i lænden, hvornår skal jeg gå til lægen?", "og feber?", Tier.PROMPT),
        ("min mand har ondt i ryggen, er det farligt?", "og inkontinens?", Tier.ACUTE),
        # Told as now.
        ("hvad er faresignalerne?", "og nu lammelser!?", Tier.ACUTE),
        # Told as one's own or another person's, or longer than a sign asked about (a code
        # review: "og kan ikke mærke skridtet?" was read as asking)
        ("hvad er faresignalerne?", "og kan ikke mærke skridtet?", Tier.ACUTE),
        ("hvad er faresignalerne?", "og feber hele ugen, hvad så?", Tier.PROMPT),
        ("hvad er faresignalerne?", "og jeg har feber og ondt i ryggen?", Tier.PROMPT),
        ("hvad er faresignalerne?", "og min far har feber og ondt i ryggen?", Tier.PROMPT),
    ],
)
def test_and_a_sign_after_a_question_that_tells_of_someone_is_theirs(
    chat: Conversations, before: str, after: str, tier: Tier
) -> None:
    say(chat, before)
    assert say(chat, after).red_flag is tier


def test_a_relative_s_fever_is_a_sign_when_their_back_pain_was_told_before(
    chat: Conversations,
) -> None:
    # A child's fever with no pain told is no back-pain sign; a father's fever told after
    # his back pain is.
    assert say(chat, "min søn på 4 har 39 i feber, skal vi til lægen?").red_flag is Tier.NONE
    say(chat, "min far har ondt i ryggen")
    assert say(chat, "han har også 39 i feber nu").red_flag is Tier.PROMPT


def test_a_fever_a_cold_brings_is_a_sign_once_back_pain_is_told(chat: Conversations) -> None:
    # A cold's fever with no pain told at all is no back-pain sign; back pain told after
    # it, or before it, makes it one.
    assert say(chat, "er forkølet og har 38 i feber, må jeg gå på arbejde?").red_flag is Tier.NONE
    assert say(chat, "jeg har ondt i lænden").red_flag is Tier.PROMPT
    chat.reply("other chat", "jeg har ondt i lænden", NOW)
    reply = chat.reply("other chat", "har også snotforkølelse og 38 i feber", NOW)
    assert reply.red_flag is Tier.PROMPT


def test_a_sign_dated_back_by_the_next_message_takes_the_warning_back(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg har haft prolaps og kunne ikke holde på vandet").red_flag is Tier.ACUTE
    reply = say(chat, "nej vent, det var for 2 år siden, det er helt væk nu")
    assert reply.red_flag is Tier.NONE
    # A date of something else keeps the warning (review).
    assert say(chat, "jeg kan ikke holde på vandet og har ondt i ryggen").red_flag is Tier.ACUTE
    reply = say(chat, "det var for 2 år siden jeg fik prolaps, skal jeg ringe?")
    assert reply.red_flag is Tier.ACUTE


def test_a_sign_dated_back_with_its_reason_and_told_well_now_is_taken_back(
    chat: Conversations,
) -> None:
    # the date told on by its reason, and a "now" of something well, end the warning
    assert (
        say(chat, "har tabt mig 9 kilo uden at prøve og har ondt i ryggen").red_flag is Tier.PROMPT
    )
    reply = say(chat, "nej undskyld, det var sidste år efter min fyring, vægten er stabil nu")
    assert reply.red_flag is Tier.NONE
    # a date followed by another event with a verb of its own keeps it
    assert say(chat, "jeg kan ikke holde på vandet og har ondt i ryggen").red_flag is Tier.ACUTE
    reply = say(chat, "det var sidste år efter jeg blev opereret")
    assert reply.red_flag is Tier.ACUTE


def test_the_writer_s_own_trouble_after_a_warning_about_a_relative_is_answered_calmly(
    chat: Conversations,
) -> None:
    warned = say(chat, "min far på 76 har tabt sig uden grund og har ondt i ryggen")
    assert warned.red_flag is Tier.PROMPT
    reply = say(chat, "men mig selv, jeg har lidt stiv ryg om morgenen, hvilken øvelse er god?")
    assert reply.red_flag is Tier.NONE and entry_of(reply) == "oevelser"
    # The same told of the writer keeps it (review).
    say(chat, "min mor kan pludselig ikke tisse og har ondt i ryggen")
    assert say(chat, "hvad med mig, jeg har det samme").red_flag is Tier.ACUTE
    # Still about the relative: the warning stands.
    say(chat, "min far på 76 har tabt sig uden grund og har ondt i ryggen")
    assert say(chat, "han har også ondt om natten, hvad gør vi?").red_flag is not Tier.NONE


def test_a_warning_is_kept_through_a_question_about_the_signs(chat: Conversations) -> None:
    say(chat, "min far kan ikke tisse", "tak", "hvornår skal man søge læge?")
    assert say(chat, "og han?").red_flag is Tier.ACUTE


def test_a_danger_sign_is_not_raised_again_by_the_next_calm_message(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg kan ikke holde på vandet").red_flag is Tier.ACUTE
    assert say(chat, "hvordan laver man kat-ko?").red_flag is Tier.NONE


def test_numbers_pick_suggestions_and_zero_reads_more(chat: Conversations) -> None:
    answer = say(chat, "hvordan laver jeg bird dog?")
    assert answer.more and answer.suggestions
    assert say(chat, "0").text.startswith(answer.more)
    picked = say(chat, "1")
    assert entry_of(picked) == answer.suggestions[0].entry_id


def test_a_lone_number_without_suggestions_gets_its_own_fallback(
    chat: Conversations, brain: Brain
) -> None:
    reply = say(chat, "17")
    assert reply.kind is ReplyKind.FALLBACK
    assert reply.text == brain.phrases.lone_number


@pytest.mark.parametrize(
    "thanks",
    [
        "ok, det lyder fint, tak",
        "super, det prøver jeg",
        "👍",
        # praise: "hjælp" and "værd" are no question about quick help or physiotherapy
        "tusind tak, det var en stor hjælp",
        "tak, du er guld værd",
        # that it helped, with or without a filler (a review of session 31)
        "tak, det hjalp",
        "tak det hjalp virkelig",
        # what helped, with thanks and nothing asked: feedback, not a question about it
        "tak, stræk-øvelserne har gjort underværker for min lænd 🙏",
        "tusind tak, varmepuden hjalp allerede i aftes",
    ],
)
def test_an_acknowledgement_after_an_answer_is_small_talk(chat: Conversations, thanks: str) -> None:
    say(chat, "hvordan laver man kat-ko")
    reply = say(chat, thanks)
    assert reply.kind is ReplyKind.SMALLTALK and reply.entry is None


@pytest.mark.parametrize(
    "message",
    [
        # it did not help: still a matter for the answer ("varmen hjalp ikke")
        "tak, men varmen hjalp ikke",
        # it helped, and a question follows
        "tak, varmen hjalp. hvor længe skal jeg blive ved?",
    ],
)
def test_thanks_with_a_question_or_no_relief_is_still_answered(
    chat: Conversations, message: str
) -> None:
    say(chat, "hjælper varme eller kulde bedst?")
    assert say(chat, message).kind is ReplyKind.ANSWER


@pytest.mark.parametrize(
    "question",
    [
        # a verb and its subject ask without a "?"; "godt" and "ok" are no thanks there
        "må jeg godt gå på ski",
        "fint. må jeg godt tage på skiferie",
        "tak. er det ok at flyve til Spanien",
    ],
)
def test_a_question_without_a_question_mark_is_not_thanked_for(
    chat: Conversations, question: str
) -> None:
    assert say(chat, question).kind is not ReplyKind.SMALLTALK


def test_thanks_and_calling_after_a_warning_is_small_talk_not_the_warning_section(
    chat: Conversations,
) -> None:
    # found by a helper playing users: "tak, jeg ringer nu" got the whole section on when
    # to seek help, some 20 lines, as if it were a question
    say(chat, "jeg kan ikke holde på vandet og har ondt i ryggen")
    reply = say(chat, "tak, jeg ringer nu")
    assert reply.kind is ReplyKind.SMALLTALK and reply.entry is None


FEVER = "jeg har feber og ondt i lænden"
NIGHT_PAIN = "jeg vågner hver nat af smerter i lænden, uanset hvordan jeg ligger"


@pytest.mark.parametrize(
    ("sign", "works_again", "entry_id"),
    [
        (
            "ondt i lænden og jeg kan ikke tisse",
            "nej undskyld, jeg kan godt tisse, det var bare svært i morges. "
            "men hvordan laver jeg kat ko",
            "kat-ko",
        ),
        (
            "kan næsten ikke gå siden i morges",
            "det var vist bare smerten, kan gå helt normalt igen nu. hvordan undgår jeg det?",
            "forebyg",
        ),
    ],
)
def test_the_function_told_working_again_takes_the_warning_back(
    chat: Conversations, sign: str, works_again: str, entry_id: str
) -> None:
    # a session-65 review set: a writer who took back what they said ("jeg kan godt
    # tisse") got the acute warning again with every answer
    assert say(chat, sign).red_flag is Tier.ACUTE
    reply = say(chat, works_again)
    assert reply.red_flag is Tier.NONE and entry_of(reply) == entry_id


def test_the_fever_told_gone_takes_back_its_warning_and_the_question_is_answered(
    chat: Conversations,
) -> None:
    # a session-66 review set: "feberen er væk i dag" got the fever warning again, and not
    # the answer asked for
    assert say(chat, "har haft feber og ondt i ryggen de sidste par dage").red_flag is Tier.PROMPT
    reply = say(chat, "feberen er væk i dag. hvor længe varer ondt i ryggen?")
    assert reply.red_flag is Tier.NONE and entry_of(reply) == "varighed"
    # ... but only the fever: a new sign beside it is warned about
    say(chat, "har haft feber og ondt i ryggen de sidste par dage")
    assert say(chat, "feberen er væk i dag men jeg kan ikke tisse").red_flag is Tier.ACUTE


def test_the_fever_told_gone_with_the_back_still_aching_takes_back_its_warning(
    chat: Conversations,
) -> None:
    # a "men" that turns to the back's pain does not make the fever's end doubtful
    say(chat, "har haft feber og ondt i ryggen de sidste par dage")
    reply = say(chat, "feberen er væk i dag men ryggen driller stadig, hvor længe varer det?")
    assert reply.red_flag is Tier.NONE and entry_of(reply) == "varighed"


@pytest.mark.parametrize(
    "taken_back",
    [
        # session 71's probe: a correction that denies the fever, or a normal temperature
        # measured, kept the fever's warning on every answer after it
        "nej glem det, jeg har ikke feber. hvad kan jeg gøre ved ryggen?",
        "nej glem det, har lige målt den og det er 36,8, helt normalt. hvad kan jeg gøre ved"
        " ryggen?",
    ],
)
def test_the_fever_corrected_takes_back_its_warning_and_the_question_is_answered(
    chat: Conversations, taken_back: str
) -> None:
    say(chat, "har ondt i lænden og føler mig varm, tror jeg har feber")
    reply = say(chat, taken_back)
    assert reply.red_flag is Tier.NONE and entry_of(reply) == "hurtig-hjaelp"


@pytest.mark.parametrize(
    ("told", "corrected"),
    [
        (
            "jeg kan ikke holde på vandet og har ondt i ryggen",
            "nej glem det, jeg har ikke feber. hvad kan jeg gøre ved ryggen?",
        ),
        # ... also asking nothing (it took the warning back before session 71)
        ("jeg kan ikke holde på vandet og har ondt i ryggen", "nej glem det, jeg har ikke feber"),
        # a code review: one of two signs denied took back both
        (
            "jeg har feber og kan ikke holde på vandet og har ondt i ryggen",
            "nej undskyld, jeg har ikke feber. hvad kan jeg gøre ved ryggen?",
        ),
        (
            "jeg har feber og kan ikke holde på vandet og har ondt i ryggen",
            "hov ikke feber, kan jeg bare vente og se?",
        ),
    ],
)
def test_a_correction_that_denies_another_sign_keeps_the_warning(
    chat: Conversations, told: str, corrected: str
) -> None:
    say(chat, told)
    assert say(chat, corrected).red_flag is Tier.ACUTE
    # ... and a fever denied with a pill that may hide it is no fever taken back


def test_a_fever_denied_with_a_pill_that_may_hide_it_keeps_the_warning(
    chat: Conversations,
) -> None:
    say(chat, "har ondt i lænden og har feber")
    hidden = "nej jeg har ikke feber lige nu fordi jeg har taget panodil, hvad gør jeg?"
    assert say(chat, hidden).red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "not_gone",
    [
        # the session's code review: almost gone, hidden by a pill, or gone with a "men"
        # after it that may tell the trouble
        "feberen er næsten væk",
        "feberen forsvandt med panodil",
        "feberen er væk i dag, men ryggen er rød og hævet ved arret",
    ],
)
def test_a_fever_not_told_gone_keeps_its_warning(chat: Conversations, not_gone: str) -> None:
    say(chat, "har haft feber og ondt i ryggen de sidste par dage")
    assert say(chat, not_gone).red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "not_working",
    [
        "jeg kan godt tisse men kun et par dråber, er det ok?",
        "hvis jeg kan tisse normalt, er det så ok?",
    ],
)
def test_the_function_working_only_in_part_or_if_keeps_the_warning(
    chat: Conversations, not_working: str
) -> None:
    say(chat, "ondt i lænden og jeg kan ikke tisse")
    assert say(chat, not_working).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    "not_had",
    [
        # found by the session's code review: each dropped the acute warning
        "var hos lægen i mandags, hun sagde det var en prolaps",
        "min kone er på skadestuen på arbejde, ryggen gør ondt",
        "har tjekket det på nettet, lægen siger det er normalt",
        "var hos lægen i dag med mit knæ, ryggen gør stadig ondt",
    ],
)
def test_help_not_had_keeps_the_warning(chat: Conversations, not_had: str) -> None:
    say(chat, "ondt i lænden og jeg kan ikke tisse")
    assert say(chat, not_had).red_flag is Tier.ACUTE


def test_a_function_working_again_takes_back_only_its_own_sign(chat: Conversations) -> None:
    # the review: "kan godt tisse nu" also dropped the numb crotch's warning
    say(chat, "kan ikke tisse og følelsesløs i skridtet")
    reply = say(chat, "jeg kan godt tisse nu, ryggen gør stadig ondt")
    assert list(reply.red_flag_signs) == ["foelelsesloes-skridt"]
    say(chat, "mit ben bliver svagere og svagere")
    assert say(chat, "kan gå normalt igen nu, ryggen gør ondt").red_flag is Tier.ACUTE


def test_being_seen_after_a_warning_is_acknowledged_and_a_question_of_it_keeps_it(
    chat: Conversations, brain: Brain
) -> None:
    # "ok var hos vagtlægen" after a warning got "did you mean" about physiotherapy
    say(chat, "ondt i lænden og jeg kan ikke tisse")
    reply = say(chat, "ok var hos vagtlægen")
    assert reply.text == brain.phrases.seen_help and reply.red_flag is Tier.NONE
    # ... and the warning is not given again with the next question
    assert say(chat, "hvad hjælper hurtigt mod ondt i ryggen?").red_flag is Tier.NONE
    say(chat, "ondt i lænden og jeg kan ikke tisse")
    assert say(chat, "skal jeg blive tjekket på skadestuen").red_flag is Tier.ACUTE
    assert say(chat, "skal jeg tage på hospitalet").red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "acting"),
    [
        (FEVER, "ok jeg ringer til lægevagten nu"),
        (FEVER, "vi kører på skadestuen nu"),
        (FEVER, "jeg ringer til lægen nu"),
        # session 64's review: with no time said, the call is the help advised; the place
        # told as people say it
        (FEVER, "tak, jeg ringer til lægen"),
        (FEVER, "ok vi tager afsted"),
        (FEVER, "ok jeg får ham afsted. tak"),
        # ... and night pain asks for the own doctor within days, so a call on Monday is
        # the help advised, not waiting (fever, for today, keeps its warning: below)
        (NIGHT_PAIN, "tak jeg ringer til lægen mandag morgen"),
        (NIGHT_PAIN, "ok jeg bestiller en tid hos lægen"),
    ],
)
def test_seeking_the_help_advised_after_a_warning_is_acknowledged_not_warned_again(
    chat: Conversations, brain: Brain, sign: str, acting: str
) -> None:
    # found by a helper playing users: "ok jeg ringer til lægevagten nu" got the whole
    # fever warning again, numbers and all
    say(chat, sign)
    reply = say(chat, acting)
    assert reply.text == brain.phrases.seeking_help and reply.red_flag is Tier.NONE


@pytest.mark.parametrize(
    "not_now",
    [
        "jeg ringer i morgen",
        "jeg ringer, men ingen svarer",
        "det er blevet værre, jeg ringer nu",
        "skal jeg ringe efter ambulancen?",
        # from the review of session 27: someone else called, help only later or the
        # pain worse in other words
        "ok jeg ringer til min mor nu",
        "jeg ringer til fysioterapeuten nu",
        "jeg ringer til lægen imorgen",
        "ok jeg ringer ind til lægen nu og bestiller en tid",
        "jeg ringer til lægen nu, det er blevet meget slemmere",
        # a question with no "?"
        "skal vi ringe til lægen eller hvad",
    ],
)
def test_help_not_sought_now_keeps_the_warning(chat: Conversations, not_now: str) -> None:
    # the review of session 25: help only later, not reached, the pain worse or a
    # question about calling need the whole warning
    say(chat, FEVER)
    assert say(chat, not_now).red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "complaint", ["du svarer ikke på mit spørgsmål", "nej, det var ikke det jeg spurgte om"]
)
def test_an_answer_that_missed_is_owned_up_to_not_repeated(
    chat: Conversations, brain: Brain, complaint: str
) -> None:
    # found by a helper playing users: the complaint got the last answer again, word for word
    say(chat, "hvornår skal jeg søge hjælp?")
    reply = say(chat, complaint)
    assert reply.text == brain.phrases.misunderstood and reply.suggestions


def test_a_question_after_og_beside_a_warning_is_answered(chat: Conversations) -> None:
    # found by a helper playing users: "og hvilke øvelser ..." with no question mark got
    # the warning only
    say(chat, "jeg har feber og ondt i lænden")
    reply = say(chat, "og hvilke øvelser kan jeg lave")
    assert reply.red_flag is Tier.PROMPT and entry_of(reply) == "oevelser"


def test_how_much_of_a_medicine_named_before_is_not_guessed(chat: Conversations) -> None:
    # found by a helper playing users: answered with how long back pain lasts
    say(chat, "hvad med ibuprofen, kan jeg tage det?")
    reply = say(chat, "hvor meget af det må jeg tage")
    assert reply.kind is not ReplyKind.ANSWER and "apoteket" in reply.text
    # how much to rest is no dose (from the review)
    assert "apoteket" not in say(chat, "hvor meget skal jeg tage det roligt?").text


def test_a_question_not_answered_in_a_talk_about_the_back_is_no_off_topic(
    chat: Conversations, brain: Brain
) -> None:
    # found by a helper playing users: "og madrassen?" was told the bot only answers
    # questions about the low back; the weather still is off topic (from the review)
    say(chat, "hvad hjælper mod ondt i lænden?")
    assert say(chat, "og madrassen?").text == brain.phrases.fallback
    assert say(chat, "hvad bliver vejret i morgen?").text == brain.phrases.off_topic


def test_a_question_opened_by_a_verb_is_no_acknowledgement(chat: Conversations) -> None:
    # from the review: "godt" in "er magnyl godt mod ..." was taken for "ok"
    say(chat, "hvad hjælper mod ondt i lænden?")
    assert say(chat, "er magnyl godt mod lændesmerter").kind is not ReplyKind.SMALLTALK


def test_og_hvad_after_a_warning_asks_about_the_warning(chat: Conversations) -> None:
    # from the review: "og hvad betyder det" got "Hvad er ondt i lænden?" under the warning
    say(chat, "min mor har feber og ondt i ryggen")
    reply = say(chat, "og hvad betyder det")
    assert reply.red_flag is Tier.PROMPT and entry_of(reply) in (None, "symptomer")


def test_what_did_not_help_is_no_thanks(chat: Conversations) -> None:
    say(chat, "hvad hjælper hurtigt mod ondt i lænden")
    assert say(chat, "det hjalp ikke").kind is not ReplyKind.SMALLTALK


def test_fear_gets_a_calm_word_then_the_danger_signs(brain: Brain) -> None:
    reply = brain.reply("jeg er virkelig bange for at det er noget alvorligt med ryggen", NOW)
    assert reply.text.index(brain.phrases.worried) < reply.text.index("akut hjælp")
    assert "Hvornår skal jeg søge hjælp?" in reply.text


@pytest.mark.parametrize(
    ("message", "phrase"),
    [
        ("hvad skal jeg betale i skat i år", "off_topic"),
        ("farvel", "goodbye"),
        # training conversations 81: a weekend wished got "did you mean"
        ("super tak 👍 god weekend", "goodbye"),
        ("hav en god dag", "goodbye"),
        # found by a helper playing users: "😭😭😭" got "Godt. Skriv bare ..."
        ("😭😭😭", "sad"),
        ("👍", "acknowledged"),
    ],
)
def test_fallbacks_say_what_kind_of_message_it_was(brain: Brain, message: str, phrase: str) -> None:
    assert brain.reply(message, NOW).text == getattr(brain.phrases, phrase)


def test_a_story_with_two_questions_answers_one_and_offers_the_other(brain: Brain) -> None:
    story = (
        "Jeg er tømrer og har haft ondt i lænden siden sidste uge. Jeg har ikke været syg før. "
        "Hvordan laver man kat-ko? Og hjælper varme eller kulde bedst?"
    )
    reply = brain.reply(story, NOW)
    asked = {entry_of(reply), *(s.entry_id for s in reply.suggestions)}
    assert asked == {"kat-ko", "varme-kulde"}
    assert reply.suggestions_title == brain.phrases.second_question_title


@pytest.mark.parametrize(
    ("message", "both"),
    [
        (
            "hjælper varme eller kulde bedst, og hvor lang tid varer det normalt?",
            {"varme-kulde", "varighed"},
        ),
        (
            "kan jeg træne med iskias og skal jeg have en MR scanning?",
            {"iskias-traening", "scanning"},
        ),
        ("hvad hjælper hurtigt og hvornår skal jeg til læge", {"hurtig-hjaelp", "soeg-hjaelp"}),
        (
            "Kan jeg træne med iskias? Skal jeg have en MR scanning?",
            {"iskias-traening", "scanning"},
        ),
    ],
)
def test_two_questions_without_a_story_answer_one_and_offer_the_other(
    brain: Brain, message: str, both: set[str]
) -> None:
    # found by a helper playing users: only one was answered, with no word of the other
    reply = brain.reply(message, NOW)
    assert {entry_of(reply), *(s.entry_id for s in reply.suggestions)} == both
    assert reply.suggestions_title == brain.phrases.second_question_title


@pytest.mark.parametrize(
    ("before", "follow_up", "meant"),
    [
        # "What do I do?" after a story is about the story.
        (
            "jeg bar en tung sofa i weekenden og nu gør lænden ondt",
            "hvad gør jeg?",
            "hold-i-ryggen",
        ),
        ("jeg har fået hold i ryggen", "hvorfor?", "aarsager"),
        # ... but after a statement that names an exercise, why that exercise.
        ("min fysioterapeut har sat mig til at lave kat-ko", "hvorfor?", "kat-ko"),
        # "Og hvorfor?" asks why of the topic, not of the answer.
        ("hvad er ondt i lænden?", "og hvorfor?", "aarsager"),
        # A "why" that opens the message, the rest telling rather than asking.
        ("bør jeg få taget et røntgenbillede?", "hvorfor ikke? så kunne man jo se det", "scanning"),
        (
            "skal jeg gå på arbejde med ondt i ryggen?",
            "hvorfor det, jeg troede ro var bedst",
            "arbejde",
        ),
        # A why of pain asks about the pain (found in review).
        ("min fys sagde jeg skulle lave kat-ko, men det gør ondt", "hvorfor?", "aarsager"),
        ("hvordan laver jeg kat-ko?", "hvorfor? det gør ondt når jeg laver den", "sikre-oevelser"),
        (
            "skal jeg gå til fysioterapeut?",
            "hvorfor ikke? jeg har haft ondt i 8 uger og det bliver ikke bedre",
            "soeg-hjaelp",
        ),
        # After an answer to a question, "hvorfor?" asks about that answer.
        ("hjælper varme mod ondt i lænden?", "hvorfor?", "varme-kulde"),
        # A question asked without "?" (a verb and its subject first) is a question too.
        ("må jeg styrketræne med ondt i lænden", "hvorfor?", "styrketraening"),
        # A question word alone takes its topic from the context: the exercise just named.
        ("hvordan laver jeg bird dog?", "hvordan gør jeg den?", "bird-dog"),
        # A detail of the exercise just spoken of, which its text gives, is about that
        # exercise (how many times it does not give: the overview tells).
        ("hvordan laver jeg bird dog?", "og hvor længe skal jeg holde den?", "bird-dog"),
        # "Hvad kan jeg gøre ved det?" asks what to do about the topic just spoken of.
        ("Hvad er hold i ryggen?", "hvad kan jeg gøre ved det?", "hold-i-ryggen"),
        # A follow-up barely understood alone is read with its context only.
        ("Hvad er hold i ryggen?", "hvad skal jeg gøre ved det", "hold-i-ryggen"),
    ],
)
def test_a_bare_question_is_about_what_was_just_said(
    chat: Conversations, before: str, follow_up: str, meant: str
) -> None:
    assert entry_of(say(chat, before, follow_up)) == meant


def test_a_message_going_on_from_a_danger_sign_keeps_the_warning(chat: Conversations) -> None:
    assert say(chat, "jeg kan ikke holde på vandet og har ondt i ryggen").red_flag is Tier.ACUTE
    assert say(chat, "kan jeg ikke bare vente med det til i morgen?").red_flag is Tier.ACUTE
    assert say(chat, "ok tak").red_flag is Tier.NONE


def test_a_warning_is_not_repeated_after_another_question_was_answered(
    chat: Conversations,
) -> None:
    # found in the terminal: after a warning and an answer about bird-dog, "kan du huske
    # mig?" went on from the warning two messages back and repeated it
    assert say(chat, "min far på 82 er faldet og har voldsomt ondt i ryggen").red_flag is (
        Tier.PROMPT
    )
    assert entry_of(say(chat, "hvordan laver jeg bird dog")) == "bird-dog"
    assert say(chat, "kan du huske mig?").red_flag is Tier.NONE


def test_a_question_of_its_own_after_a_see_a_doctor_warning_is_answered_below_it(
    chat: Conversations,
) -> None:
    # found by a helper playing users: after a fever warning, every question got only the
    # warning again
    say(chat, "jeg har 39,5 i feber og ondt i lænden", "👍")
    reply = say(chat, "hvad er iskias?")
    assert reply.red_flag is Tier.PROMPT and "feber" in reply.warning
    assert entry_of(reply) == "prolaps" and reply.text
    # what to do about it, or whether to act at all, is the warning alone
    assert say(chat, "hvad gør jeg nu?").text == ""
    assert say(chat, "skal jeg bare lave nogle øvelser?").text == ""


@pytest.mark.parametrize(
    ("sign", "waits"),
    [
        (
            "Jeg har ondt i lænden og kan ikke holde på vandet",
            "ok, jeg ringer i morgen. hvordan laver jeg bird-dog?",
        ),
        (
            "Jeg har ondt i lænden og kan ikke holde på vandet",
            "ok. skal jeg blive liggende indtil lægen kommer?",
        ),
        ("Jeg har feber og ondt i lænden", "Lægen har lukket, hvad gør jeg så?"),
        ("Jeg har feber og ondt i lænden", "Lægen kan først se mig på torsdag, hvad kan jeg gøre?"),
        (
            "Min far på 85 faldt i går og har ondt i ryggen",
            "Vi venter til mandag. Hvad hjælper hurtigt?",
        ),
        # from a review (session 29): these dropped the warning altogether
        ("Jeg har feber og ondt i lænden", "ser lige tiden an til imorgen, hjælper varme?"),
        ("Jeg har feber og ondt i lænden", "ill just sleep it off. heat or ice?"),
        (
            "Min far på 78 faldt på badeværelset og har ondt i lænden",
            "han vil ikke til læge, hvad kan han gøre?",
        ),
    ],
)
def test_a_message_about_waiting_keeps_the_warning(
    chat: Conversations, sign: str, waits: str
) -> None:
    # from a review: when words about waiting were read only in the asking sentence, these
    # dropped the warning
    warned = say(chat, sign)
    assert say(chat, waits).warning == warned.warning


def test_a_question_beside_words_about_the_warning_is_answered_below_it(
    chat: Conversations,
) -> None:
    # found by a helper playing users: "tak, jeg ringer i morgen. kan styrketræning gøre
    # det værre?" got only the warning ("i morgen" was read as asking to wait)
    first = say(chat, "jeg vågner hver nat af smerter i lænden, uanset hvordan jeg ligger")
    assert first.red_flag is Tier.PROMPT
    reply = say(chat, "tak, jeg ringer i morgen. kan styrketræning gøre det værre?")
    assert entry_of(reply) == "styrketraening" and reply.red_flag is Tier.PROMPT
    assert "kraftige smerter om natten" in reply.warning
    # asking about waiting itself still gets the warning alone
    assert say(chat, "kan jeg ikke bare vente til i morgen?").text == ""


def test_a_question_the_article_does_not_cover_after_a_warning_is_told_so(
    chat: Conversations,
) -> None:
    # found by a helper playing users: after the night-pain warning, "hvad med akupunktur?"
    # got the warning again and nothing about acupuncture
    first = say(chat, "jeg har haft ondt om natten i en måned, vågner hver nat")
    assert first.red_flag is Tier.PROMPT
    reply = say(chat, "hvad med akupunktur?")
    assert "kraftige smerter om natten" in reply.warning and reply.red_flag is Tier.PROMPT
    assert reply.kind is ReplyKind.FALLBACK and reply.entry is None


def test_a_warning_kept_above_an_answer_is_recalled_short(chat: Conversations) -> None:
    # from a helper playing users: the whole night-pain warning (12 lines with every
    # region's number) stood again above each answer that followed it
    first = say(chat, "jeg vågner hver nat af smerter i lænden, uanset hvordan jeg ligger")
    answer = say(chat, "hvad er iskias?")
    assert entry_of(answer) == "prolaps" and answer.red_flag is Tier.PROMPT
    assert answer.warning.count("\n") == 0 and len(answer.warning) < len(first.warning)
    assert "kraftige smerter om natten" in answer.warning and "læge" in answer.warning


def test_a_warning_for_today_kept_above_an_answer_is_short_only_in_the_doctor_s_hours(
    brain: Brain,
) -> None:
    # from a helper playing users (session 29): the whole fever warning stood again above
    # each of four answers in a row; out of hours it stays whole (the region's numbers,
    # "vent ikke til i morgen"), as a review asked
    for hour, short in ((9, True), (20, False)):
        now = datetime(2026, 12, 1, hour, tzinfo=UTC)  # a Tuesday, 10:00 and 21:00 in Denmark
        fever = Conversations(brain)
        warned = fever.reply(1, "jeg har 39,5 i feber og ondt i lænden", now)
        answer = fever.reply(1, "hjælper varme eller kulde?", now)
        assert entry_of(answer) == "varme-kulde" and answer.red_flag is Tier.PROMPT
        if short:
            assert answer.warning == (
                "⚠️ Husk: Du nævnte feber. Sammen med rygsmerter skal det vurderes af en "
                "læge i dag. Ring til din egen læge i dag."
            )
        else:
            assert answer.warning == warned.warning and "1813" in answer.warning


def test_zero_after_an_answer_below_a_kept_warning_shows_the_rest(chat: Conversations) -> None:
    # from a review: "0" repeated the warning instead of the rest of the answer
    say(chat, "jeg har 39,5 i feber og ondt i lænden")
    answer = say(chat, "hvad er iskias?")
    assert answer.warning and answer.more
    rest = say(chat, "0")
    assert rest.text.startswith(answer.more)


@pytest.mark.parametrize(
    "intro",
    [
        "Hej, jeg skriver for min far.",
        "hej jeg spørger for min mand",
        "hun er 66",
        # from a review: "der er 60" was read as pointing at a topic
        "Hej. Jeg spørger for min mand, der er 60.",
    ],
)
def test_a_first_message_that_only_tells_of_someone_is_noted(
    chat: Conversations, intro: str
) -> None:
    # found by a helper playing users: "Det kan jeg ikke hjælpe med" or how to find a
    # physiotherapist ("spørge")
    reply = say(chat, intro)
    assert reply.kind is ReplyKind.SMALLTALK and reply.entry is None
    assert reply.text.startswith("Tak. Skriv gerne dit spørgsmål om ryggen")
    # the question that follows is answered as usual
    assert entry_of(say(chat, "hvad hjælper hurtigt mod ondt i lænden?")) == "hurtig-hjaelp"


def test_zero_after_an_answer_shown_whole_says_there_is_no_more(chat: Conversations) -> None:
    answer = say(chat, "hvad er iskias")
    assert answer.kind is ReplyKind.ANSWER and not answer.more
    assert say(chat, "0").text == "Der er ikke mere i det svar. Skriv gerne dit næste spørgsmål."


def test_mere_asks_for_the_rest_as_zero_does(chat: Conversations, brain: Brain) -> None:
    # found by a helper playing users: a second "mere" started the answer again from the
    # top; "mere" after an answer below a kept warning gave the warning alone
    first = say(chat, "hvordan laver jeg kat-ko?")
    assert say(chat, "mere").text.startswith(first.more)
    assert say(chat, "mere").text == brain.phrases.nothing_more
    say(chat, "jeg har 39,5 i feber og ondt i lænden")
    answer = say(chat, "hvad er iskias?")
    assert answer.warning and answer.more
    assert say(chat, "mere").text.startswith(answer.more)


@pytest.mark.parametrize("more", ["mere tak", "kan du fortælle mere?"])
def test_more_in_other_words_shows_the_rest(chat: Conversations, more: str) -> None:
    # from the review: "mere tak" was thanks, "kan du fortælle mere?" the same opening again
    first = say(chat, "hvordan laver jeg bird-dog?")
    assert say(chat, more).text.startswith(first.more)


def test_mere_after_a_warning_opens_the_section_offered(chat: Conversations) -> None:
    # from the review: "mere" repeated the acute warning, where "ja" opens the section
    say(chat, "Jeg kan ikke holde på urinen og har ondt i lænden")
    section = say(chat, "mere")
    assert entry_of(section) == "symptomer" and not section.warning


def test_the_section_offered_under_a_warning_opens_with_its_number(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg har feber og ondt i lænden").red_flag is Tier.PROMPT
    opened = say(chat, "1")
    assert opened.red_flag is Tier.NONE and entry_of(opened) == "symptomer"


def test_yes_to_the_section_offered_under_a_warning_opens_it(chat: Conversations) -> None:
    # found by a helper playing users: "ja" to "Vil du læse, hvad artiklen siger om det?"
    # got "Godt. Skriv bare ...", and "nej" repeated the whole warning
    assert say(chat, "jeg har feber og ondt i lænden").red_flag is Tier.PROMPT
    assert entry_of(say(chat, "ja tak")) == "symptomer"
    assert say(chat, "jeg har feber og ondt i lænden").red_flag is Tier.PROMPT
    declined = say(chat, "nej")
    assert declined.red_flag is Tier.NONE and not declined.warning
    assert declined.text.startswith("Det er i orden") and "rådet ovenfor" in declined.text
    # "nej" after a greeting declines nothing in particular (from a review: it was told
    # to put its question in other words)
    chat.reply("another chat", "hej", NOW)
    assert chat.reply("another chat", "nej", NOW).text.startswith("Det er i orden. Skriv bare")


def test_yes_to_did_you_mean_asks_which_and_a_number_still_picks(chat: Conversations) -> None:
    unsure = say(chat, "ryggen driller 😩")
    assert unsure.kind is ReplyKind.CLARIFY and len(unsure.suggestions) > 1
    which = say(chat, "ja")
    assert which.text == "Skriv tallet ud for det spørgsmål, du vil læse."
    assert which.suggestions == unsure.suggestions
    assert entry_of(say(chat, "2")) == unsure.suggestions[1].entry_id


def test_hej_is_no_goodbye(chat: Conversations) -> None:
    # from a review: "hej" in a longer message was read as "hej hej", a goodbye
    reply = say(chat, "Hej, jeg skriver for min mor, hun har det ikke så godt.")
    assert "Farvel" not in reply.text


def test_yes_takes_the_other_question_and_is_thanks_after_an_answer(chat: Conversations) -> None:
    # from a review: "ja" under "Du spurgte også om:" said "Godt. Skriv bare ...", and "ja
    # tak" then "ja" after an answer did two different things
    say(chat, "hjælper varme eller kulde, og hvor længe varer det?")
    assert entry_of(say(chat, "ja")) == "varighed"
    answer = say(chat, "hvad er iskias")
    assert say(chat, "ja tak").text.startswith(answer.more)
    assert say(chat, "ja").text == "Godt. Skriv bare, hvis du har flere spørgsmål om din ryg."


def test_yes_after_an_answer_with_more_shows_the_rest(chat: Conversations) -> None:
    answer = say(chat, "hvordan laver jeg bird dog?")
    assert answer.more
    assert say(chat, "ja").text.startswith(answer.more)


def test_a_number_picks_from_the_list_shown_before_an_ok_or_a_zero(chat: Conversations) -> None:
    # found by a helper playing users: "hekseskud", "0" (nothing more), "1" got "Jeg ved
    # ikke, hvad tallet hører til" with the list still on screen
    answer = say(chat, "hekseskud")
    assert answer.suggestions and not answer.more
    say(chat, "0")
    assert entry_of(say(chat, "1")) == answer.suggestions[0].entry_id
    say(chat, "hekseskud", "ok tak")
    assert entry_of(say(chat, "2")) == answer.suggestions[1].entry_id


def test_a_number_that_picks_nothing_keeps_the_warning(chat: Conversations) -> None:
    # from a review of the follow-ups after a warning: "39" is a temperature, not the
    # number of the section offered under the warning
    assert say(chat, "har ondt i lænden og 39 i feber").red_flag is Tier.PROMPT
    assert say(chat, "39").red_flag is Tier.PROMPT


def test_a_warning_is_taken_back_when_the_sign_is_told_over(chat: Conversations) -> None:
    assert say(chat, "jeg har feber og ondt i lænden").red_flag is Tier.PROMPT
    corrected = say(chat, "nej jeg mente jeg havde feber i sidste uge, nu er den væk")
    assert corrected.red_flag is Tier.NONE
    # another sign denied does not take back the one warned about
    assert say(chat, "jeg kan ikke tisse og har ondt i ryggen").red_flag is Tier.ACUTE
    assert say(chat, "ingen feber, skal jeg vente?").red_flag is Tier.ACUTE


def test_a_sign_about_a_person_named_further_back_is_flagged(chat: Conversations) -> None:
    say(chat, FRAGILE)
    say(chat, "hvilke øvelser kan man lave")
    say(chat, "hvordan laver man kat-ko?")
    assert say(chat, FALL).red_flag is Tier.PROMPT


@pytest.mark.parametrize("ref", ["bird-dog:zz", "bird-dog:", "findes-ikke:1", "bird-dog:7f"])
def test_a_read_more_reference_the_brain_does_not_know_gives_nothing(
    brain: Brain, ref: str
) -> None:
    assert brain.rest(ref) is None


def test_the_context_keeps_only_the_end_of_a_long_message(chat: Conversations) -> None:
    long_story = "Jeg har haft ondt i ryggen længe. " * 100 + "Hvad kan jeg gøre?"
    say(chat, long_story)
    [kept] = chat.store.get("chat", NOW).turns
    assert len(kept.text) == MAX_TEXT and long_story.endswith(kept.text)


@pytest.mark.parametrize(
    "messages",
    [
        ("Jeg kan ikke holde", "på vandet"),
        ("Jeg kan ikke mærke noget", "i skridtet"),
    ],
)
def test_a_sentence_split_over_two_messages_is_flagged(
    chat: Conversations, messages: tuple[str, str]
) -> None:
    assert say(chat, *messages).red_flag is Tier.ACUTE


@pytest.mark.parametrize("sign", ["Jeg er faldet ned fra en stige", "Jeg kan ikke holde på vandet"])
def test_asking_to_wait_after_a_warning_keeps_the_warning(chat: Conversations, sign: str) -> None:
    reply = say(chat, sign, "kan jeg ikke bare vente til i morgen?")
    assert reply.red_flag is Tier.ACUTE


def test_a_sign_completed_over_messages_is_added_to_the_messages_own(
    chat: Conversations,
) -> None:
    reply = say(chat, "Jeg har knogleskørhed", "Jeg faldt i går og har tabt 8 kilo uden at prøve")
    assert "knoglebrud" in reply.warning and "vægttab" in reply.warning
    assert "i dag" in reply.warning  # the fall with a fracture risk: a doctor today


def test_a_worried_story_with_a_clear_question_gets_it_answered_and_the_signs_offered(
    brain: Brain,
) -> None:
    reply = brain.reply(
        "Jeg er bange for at jeg har fået diskusprolaps. Det skyder ned bag i låret når jeg"
        " hoster. Hvad er typisk for en prolaps?",
        NOW,
    )
    assert entry_of(reply) == "prolaps"
    assert reply.text.startswith(brain.phrases.worried_question)
    assert [s.entry_id for s in reply.suggestions] == ["symptomer"]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "jeg er så bange for at det er noget med diskus, skal jeg have taget en MR scanning?",
            "scanning",
        ),
        ("skal jeg være bange for at blive lam hvis jeg træner med en prolaps?", "iskias-traening"),
    ],
)
def test_a_worried_clear_question_of_what_to_do_gets_it_answered(
    brain: Brain, message: str, entry: str
) -> None:
    # A fear of what it may be, with a clear question of what to do (a scan, training):
    # the calm word and that answer, the danger signs a tap away; not the signs alone.
    reply = brain.reply(message, NOW)
    assert entry_of(reply) == entry
    assert reply.text.startswith(brain.phrases.worried_question)
    assert [s.entry_id for s in reply.suggestions] == ["symptomer"]


def test_a_nervous_story_whose_question_fits_its_topic_gets_it_answered(brain: Brain) -> None:
    # A long story's question, read with the story, fits the referral: a calm word and
    # the answer about physiotherapy, not the danger-sign list.
    reply = brain.reply(
        "Min læge har henvist mig til en fysioterapeut for min lænd. Jeg har aldrig været"
        " hos en før og er lidt nervøs, hvad laver de egentlig med en? Jeg er 52 og har to"
        " børn.",
        NOW,
    )
    assert entry_of(reply) == "fysioterapi"
    assert reply.text.startswith(brain.phrases.worried_question)


def test_a_story_whose_question_is_off_topic_is_not_answered_with_comfort(
    brain: Brain,
) -> None:
    reply = brain.reply(
        "Min ryg har været øm i tre uger. Jeg er lidt bange for nåle, men min svigerinde"
        " sværger til det. Hjælper akupunktur mod ondt i lænden?",
        NOW,
    )
    assert reply.kind in (ReplyKind.FALLBACK, ReplyKind.CLARIFY)
    assert not reply.text.startswith(brain.phrases.worried)


@pytest.mark.parametrize(
    "message",
    [
        "Jeg har ondt i lænden når jeg har siddet længe ved computeren. Hvilket tastatur er"
        " bedst for ryggen?",
        "Jeg har ondt i lænden og skal på ferie. Hvilket hotel i Rom har de bedste senge?",
        "Min mand har ondt i ryggen og sover dårligt. Hvilken dyne er bedst til ham?",
        "min ryg er øm efter gymnastik, hvilken proteinbar smager bedst?",
        # a thing the article names but recommends none of, and one described by a verb
        "Hvilket lændebælte er bedst, når man har ondt i lænden?",
        "Hvilken salve hjælper mod ondt i ryggen?",
        # "hvor meget X", and "hjælper X" opening a question
        "hvor meget zink skal jeg tage når jeg træner styrketræning med ondt i lænden?",
        "Hjælper elektroterapi mod ondt i lænden, hvis jeg laver øvelserne?",
        "does cupping help lower back pain?",
        # a product the article names none of (from conversations_train77)
        "Hvilket støttebælte vil I anbefale til min lænd?",
    ],
)
def test_a_question_about_a_thing_the_article_never_names_is_not_answered(
    brain: Brain, message: str
) -> None:
    # The message speaks of the low back, but what is asked ("hvilket tastatur") the
    # article does not cover: no confident answer, however well the rest fits exercises.
    assert brain.reply(message, NOW).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("context", "follow_up"),
    [
        # from the training conversations: answered with quick help, work, wear and tear
        (
            "min læge nævnte iskias",
            "er det normalt man bliver svimmel af de der gabapentin piller?",
        ),
        (
            "hvad hjælper hurtigt mod ondt i lænden?",
            "et par glas rødvin til at slappe af, er det ok?",
        ),
        ("jeg har slidgigt i ryggen", "skal jeg så tage glucosamin?"),
        # a brand of heat patch, and the hip's exercises
        ("varme hjælper mig på lænden", "er ThermaCare plastrene bedre end en alm varmepude?"),
    ],
)
def test_a_medicine_supplement_or_drink_asked_after_an_answer_is_not_answered(
    chat: Conversations, context: str, follow_up: str
) -> None:
    say(chat, context)
    assert say(chat, follow_up).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        (
            "Jeg har prøvet en varmepude og en ispose, hvilket var rart. Hvilken en af dem"
            " hjælper bedst på ondt i lænden?",
            "varme-kulde",
        ),
        ("hvilke røde flag skal man kende ved ondt i lænden?", "symptomer"),
        ("Hvilken sport er god for ryggen, når man har ondt i lænden?", "oevelser"),
        ("Min far på 80 har ondt i lænden. Hvilke blide øvelser kan han lave?", "oevelser"),
        ("Hvilken type øvelser er bedst, når man har ondt i lænden?", "oevelser"),
        ("I hvilke situationer skal man søge læge med ondt i lænden?", "soeg-hjaelp"),
        ("hvor mange gange om dagen skal jeg lave øvelserne?", "oevelser"),
        ("Hjælper det at gå ture, når man har ondt i lænden?", "hurtig-hjaelp"),
        (
            "har haft hold i ryggen i 4 dage hvilket irriterer mig, hvor lang tid varer det?",
            "varighed",
        ),
    ],
)
def test_a_which_question_about_what_the_article_covers_is_answered(
    brain: Brain, message: str, entry_id: str
) -> None:
    # "hvilken en", "..., hvilket var rart", a phrase ("røde flag") and a word that describes
    # a known thing ("blide øvelser") name no unknown thing.
    reply = brain.reply(message, NOW)
    assert reply.kind is ReplyKind.ANSWER
    assert entry_of(reply) == entry_id


def test_a_story_that_asks_without_a_question_mark_gets_its_question_answered(
    brain: Brain,
) -> None:
    reply = brain.reply(
        "Jeg spekulerer på om jeg skal have taget en scanning. Jeg er 44 og har haft ondt i"
        " lænden i to uger efter at have spillet tennis. Det er blevet lidt bedre, men jeg er"
        " bange for at der er noget galt med en diskus.",
        NOW,
    )
    assert reply.kind is ReplyKind.ANSWER
    assert entry_of(reply) == "scanning"


def test_a_which_without_its_noun_asks_of_what_the_sentence_before_named(brain: Brain) -> None:
    """Which mattress is best, after "nogle madrasser": a product the article does not
    name, so not answered with the exercises."""
    reply = brain.reply("Jeg har kigget på nogle madrasser til min ryg. Hvilken er bedst?", NOW)
    assert reply.kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("story", "entry_id"),
    [
        (
            "Da jeg var gravid for tre år siden, var jeg følelsesløs i skridtet et par dage,"
            " det gik helt over. Hvorfor får man egentlig hold i ryggen?",
            "hold-i-ryggen",
        ),
        # from training sets 102 and 141
        (
            "Var forkølet i sidste uge med lidt feber, nu er jeg rask men har fået ondt i"
            " lænden af at ligge i sengen. Hvad gør jeg?",
            "hurtig-hjaelp",
        ),
        (
            "Min bror havde feber i sidste uge men den er væk igen. Han har fået ondt i"
            " lænden efter padel i går. Er det bare en muskel?",
            "hold-i-ryggen",
        ),
    ],
)
def test_a_story_of_a_danger_sign_now_over_gets_its_clear_question_answered(
    brain: Brain, story: str, entry_id: str
) -> None:
    """The sign that is over says nothing of the topic: the question alone does."""
    reply = brain.reply(story, NOW)
    assert reply.red_flag is Tier.NONE
    assert reply.kind is ReplyKind.ANSWER
    assert entry_of(reply) == entry_id


@pytest.mark.parametrize(
    ("story", "entry_id"),
    [
        (
            "Jeg skal på arbejde igen på mandag. Min lænd har været stiv i tre dage. Er det"
            " et hold i ryggen?",
            "hold-i-ryggen",
        ),
        (
            "Jeg sidder på kontor hele dagen. Min lænd har været stiv i tre dage. Er det et"
            " hold i ryggen?",
            "hold-i-ryggen",
        ),
    ],
)
def test_a_story_torn_between_two_entries_gets_the_one_its_question_asks_about(
    brain: Brain, story: str, entry_id: str
) -> None:
    reply = brain.reply(story, NOW)
    assert reply.entry is not None and reply.entry.id == entry_id


@pytest.mark.parametrize(
    ("follow_up", "entry_id"),
    [
        # Pain with a yes/no question: how to exercise safely.
        ("jeg fik et skarpt jag i lænden midt i den, er det normalt?", "sikre-oevelser"),
        ("jeg er lidt øm dagen efter, er det farligt?", "sikre-oevelser"),
        # found by a helper playing users: these got the exercise again, or the overview
        ("må det gøre ondt?", "sikre-oevelser"),
        ("hvad hvis det stikker under øvelsen", "sikre-oevelser"),
        # A question of its own kind is answered on its own terms.
        ("Hvilke symptomer er tegn på at rygsmerter er alvorlige?", "symptomer"),
        ("hvilke andre øvelser kan jeg lave når det gør ondt?", "oevelser"),
    ],
)
def test_pain_told_right_after_an_exercise_asks_how_to_exercise_safely(
    chat: Conversations, follow_up: str, entry_id: str
) -> None:
    say(chat, "hvordan laver man bird dog?")
    reply = say(chat, follow_up)
    assert reply.entry is not None and reply.entry.id == entry_id


def test_may_it_hurt_after_knee_to_chest_asks_how_to_exercise_safely(chat: Conversations) -> None:
    # found by a helper playing users: it got the exercise's steps again
    say(chat, "hvordan laver jeg knæ til bryst?")
    assert entry_of(say(chat, "må det gøre ondt?")) == "sikre-oevelser"


def test_how_long_asks_the_length_of_what_was_just_spoken_of(chat: Conversations) -> None:
    say(chat, "skal man varme op før øvelserne?")
    warm_up = say(chat, "hvor længe?")
    assert warm_up.entry is not None and warm_up.entry.id == "sikre-oevelser"
    # A whole question of its own keeps its own topic.
    pain = say(chat, "hvor længe varer ondt i lænden?")
    assert pain.entry is not None and pain.entry.id == "varighed"


def test_advice_that_does_not_help_leads_to_when_to_seek_help(chat: Conversations) -> None:
    say(chat, "hvad kan jeg selv gøre mod ondt i lænden?")
    reply = say(chat, "og hvis det ikke virker?")
    assert reply.entry is not None and reply.entry.id == "soeg-hjaelp"


def test_pain_that_does_not_go_away_leads_to_when_to_seek_help(chat: Conversations) -> None:
    say(chat, "hvor længe varer et hold i ryggen?")
    # "går væk" alone is how long it lasts; "ikke går væk" is when to seek help.
    assert entry_of(say(chat, "og hvis det ikke går væk?")) == "soeg-hjaelp"


def test_a_worry_about_a_topic_the_article_does_not_cover_is_not_met_with_the_signs(
    brain: Brain,
) -> None:
    reply = brain.reply("er det farligt at knække fingre?", NOW)
    assert reply.kind is ReplyKind.FALLBACK and reply.entry is None
    assert not reply.text.startswith(brain.phrases.worried)


@pytest.mark.parametrize("message", ["findes der andre øvelser?", "er der andre øvelser?"])
def test_asking_whether_there_are_other_exercises_after_one_gets_the_overview(
    chat: Conversations, message: str
) -> None:
    # "findes der" is "is there", no finding of a physiotherapist; "andre" is other than
    # the exercise just shown
    say(chat, "hvordan laver jeg kat-ko?")
    assert entry_of(say(chat, message)) == "oevelser"


def test_a_question_word_of_its_own_after_an_exercise_is_no_pain_of_exercising(
    chat: Conversations,
) -> None:
    # pain named in a question of its own right after an exercise asks that question,
    # not how to exercise safely
    say(chat, "hvordan laver jeg kat-ko?")
    assert entry_of(say(chat, "hvornår bør man søge hjælp for ondt i lænden?")) == "soeg-hjaelp"


def test_a_kind_of_question_without_a_question_word_after_an_exercise_keeps_its_answer(
    chat: Conversations,
) -> None:
    # "har du nogle" asks which, as "hvilke" does: the signs, not how to exercise safely
    say(chat, "hvordan laver jeg kat-ko?")
    reply = say(chat, "har du nogle symptomer jeg skal holde øje med når det gør ondt i den?")
    assert entry_of(reply) == "symptomer"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("hvor lang tid varer det?", "hvor lang tid tager det at koge et æg?"),
        ("hvor lang tid varer et hold i ryggen?", "hvem tror du vinder superligaen i år?"),
    ],
)
def test_the_same_kind_of_question_asked_of_unknown_things_after_an_answer_is_not_answered(
    chat: Conversations, first: str, then: str
) -> None:
    # the kind of question fits the last answer, the things it asks of are unknown
    say(chat, first)
    assert entry_of(say(chat, then)) is None


@pytest.mark.parametrize("message", ["er det farligt at flyve?", "er det farligt at spise rå dej?"])
def test_a_fear_of_a_doing_the_article_never_names_falls_back(brain: Brain, message: str) -> None:
    # no word of it is off topic, but the article names none of it: no answer and no
    # danger signs, only the closest questions
    reply = brain.reply(message, NOW)
    assert entry_of(reply) is None
    assert not reply.text.startswith(brain.phrases.worried)


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("er det farligt at løfte tungt?", "styrketraening"),
        ("er det farligt at miste følelsen i skridtet?", "symptomer"),
    ],
)
def test_a_fear_of_a_doing_the_article_names_is_answered(
    brain: Brain, message: str, entry_id: str
) -> None:
    assert entry_of(brain.reply(message, NOW)) == entry_id


def test_a_why_with_a_topic_of_its_own_is_not_more_of_the_last_answer(
    chat: Conversations,
) -> None:
    # "det" in "hvorfor gør det ondt" points at nothing: a new question, answered as one.
    reply = say(chat, "hvad hjælper mod hold i ryggen?", "hvorfor gør det ondt om natten?")
    assert entry_of(reply) not in (None, "hold-i-ryggen")


@pytest.mark.parametrize("message", ["skal jeg dø af det her?", "kan man dø af en diskusprolaps?"])
def test_a_fear_of_dying_is_a_worry(brain: Brain, message: str) -> None:
    # found by a helper playing users: "skal jeg dø af det her?" got "Det kan jeg ikke
    # hjælpe med", as if it were off topic
    assert brain.reply(message, NOW).text.startswith(brain.phrases.worried)


def test_hoping_it_is_nothing_serious_is_a_worry(brain: Brain) -> None:
    # "håber ikke" denies nothing of the worry: the calm word and the danger signs.
    reply = brain.reply("jeg håber ikke det er noget alvorligt, jeg har ondt i ryggen", NOW)
    assert reply.text.startswith(brain.phrases.worried)


def test_a_worry_the_writer_denies_is_no_worry(brain: Brain) -> None:
    # "ikke noget alvorligt" denies the worry: the pain is answered, no calming words.
    reply = brain.reply(
        "det er nok ikke noget alvorligt, bare ondt i lænden når jeg har siddet i bilen hele dagen",
        NOW,
    )
    assert reply.entry is not None and reply.entry.id == "aarsager"
    assert not reply.text.startswith(brain.phrases.worried)


def test_a_story_asking_something_else_is_not_taken_for_a_question_about_a_sign(
    brain: Brain,
) -> None:
    reply = brain.reply(
        "Jeg er håndværker og har ondt i lænden. Det er ikke slemt nok til at jeg ikke kan"
        " gå. Hvad gør jeg med arbejdet?",
        NOW,
    )
    assert (entry_of(reply), reply.red_flag) == ("arbejde", Tier.NONE)


def test_a_story_that_asks_by_a_request_gets_the_request_answered(brain: Brain) -> None:
    # "har ondt i lænden" and "er 40" open with a verb but ask nothing: the request is
    # the question.
    reply = brain.reply(
        "har ondt i lænden efter jeg flyttede i weekenden. er 40 og ret aktiv. vil gerne"
        " have nogle øvelser jeg kan lave derhjemme om aftenen",
        NOW,
    )
    assert reply.kind is ReplyKind.ANSWER
    assert entry_of(reply) in {"oevelser", "sikre-oevelser"}


def test_a_long_story_that_fits_an_entry_is_answered_not_asked_back(brain: Brain) -> None:
    """A story spreads its words over many topics: its fitting entry scores lower."""
    story = (
        "Hjælp, min datter skal giftes på lørdag og i går fik jeg et ryk i ryggen da jeg bar"
        " borde ind i salen. 61 år og ellers frisk som en fisk. Jeg skal kunne danse"
        " brudevals, så jeg har brug for noget der virker, hvad gør jeg"
    )
    reply = brain.reply(story, NOW)
    assert reply.kind is ReplyKind.ANSWER
    assert entry_of(reply) == "hold-i-ryggen"


def test_staying_home_from_the_job_asks_about_work_not_the_job_alone(brain: Brain) -> None:
    # The job is where the pain comes from; staying home is what is asked.
    story = (
        "Jeg er lagermedarbejder og løfter kasser hele dagen. Nu har jeg haft ondt i lænden i"
        " tre dage. Min chef siger jeg skal blive hjemme til det er væk, men er det virkelig"
        " bedst at ligge stille?"
    )
    assert entry_of(brain.reply(story, NOW)) == "arbejde"


@pytest.mark.parametrize(
    "question",
    [
        "Hvor længe må man være sygemeldt før arbejdsgiveren må fyre en?",
        "Hvor mange sygedage må jeg have før min chef kan kræve en lægeerklæring?",
    ],
)
def test_employment_law_is_not_answered(brain: Brain, question: str) -> None:
    assert brain.reply(question, NOW).kind is not ReplyKind.ANSWER


def test_a_long_story_asking_about_a_topic_the_article_does_not_cover_is_not_answered(
    brain: Brain,
) -> None:
    story = (
        "Har prøvet det hele: fys, øvelser, varme og gåture. Jeg er 48 og har haft ondt af og"
        " til i cirka et år. Min kollega fik akupunktur og blev helt fri for sine smerter, så"
        " nu overvejer jeg det også. Virker akupunktur mod ondt i ryggen?"
    )
    assert brain.reply(story, NOW).kind is not ReplyKind.ANSWER


def test_a_story_naming_a_referral_or_a_medicine_in_passing_gets_its_question_answered(
    brain: Brain,
) -> None:
    # The referral is what the story tells, not what it asks about.
    story = (
        "Jeg har haft ondt i lænden i en måned og har nu fået en henvisning til en"
        " fysioterapeut. Jeg har aldrig været hos en fys før og ved ikke hvad jeg skal"
        " forvente, jeg er 47. Hvad laver de egentlig med en?"
    )
    assert entry_of(brain.reply(story, NOW)) == "fysioterapi"
    # Asked about, a price is still off topic; another subject counts anywhere.
    price = (
        "Jeg har ondt i lænden om morgenen efter min nye madras. Jeg er 50 og har ellers"
        " ingen problemer. Hvad koster en god madras?"
    )
    assert brain.reply(price, NOW).kind is not ReplyKind.ANSWER
    dog = (
        "Min gamle hund har ondt i lænden og svært ved at rejse sig om morgenen. Jeg er"
        " selv 60. Hvad kan jeg gøre ved det?"
    )
    assert brain.reply(dog, NOW).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    "question",
    [
        # session 44: diagnoses the article does not describe
        "Min datter på 13 har fået konstateret skoliose af skolelægen. Hun har lidt ondt i"
        " lænden. Skal hun have et korset?",
        "lægen siger det måske er spondylolyse. hvad er det for noget og kan det gå over?",
        "Der stod hæmangiom i mit MR-svar. Min lænd er fin nu. Hvad er et hæmangiom?",
    ],
)
def test_a_diagnosis_the_article_does_not_describe_is_not_answered(
    brain: Brain, question: str
) -> None:
    assert brain.reply(question, NOW).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(
    "story",
    [
        # eval writers' stories (session 29): the back as background, then a question
        # about another part of the body, got the exercises or "knæ til bryst"
        "Jeg sidder ved en skærm hele dagen. Min lænd har det fint, men nakken er helt stiv"
        " om aftenen. Hvilke øvelser er gode til nakken?",
        "Jeg løber tre gange om ugen. Ryggen har det fint nu, men mit venstre knæ er"
        " begyndt at hæve efter lange ture. Hvad kan det være med knæet?",
        # session 44: a locked neck is no lock in the back
        "Min lænd gør lidt ondt efter kontoret, det er jeg vant til. Men det er nakken jeg"
        " spørger om. Hvad gør man ved en låst nakke?",
        # session 45: wear of the hip or knee, as a compound or told apart
        "Min lænd er lidt stiv om morgenen, men det er hoften der driller. Hvilke øvelser er"
        " gode til hofteartrose?",
        "Hvilke øvelser hjælper mod knæartrose?",
    ],
)
def test_a_story_that_asks_about_another_part_of_the_body_is_not_answered(
    brain: Brain, story: str
) -> None:
    assert brain.reply(story, NOW).kind is not ReplyKind.ANSWER


def test_a_story_that_asks_about_a_product_for_the_back_is_still_answered(brain: Brain) -> None:
    story = (
        "Jeg kører taxa 10 timer om dagen og har tit ondt i lænden. Jeg har overvejet at"
        " købe en lændepude til sædet. Giver det mening, og hvad kan jeg ellers gøre for at"
        " undgå det?"
    )
    assert entry_of(brain.reply(story, NOW)) == "forebyg"


def test_gritting_one_s_teeth_names_no_teeth(brain: Brain) -> None:
    # "bide tænderne sammen" read "tænder" as a topic the article does not cover
    story = (
        "Når jeg laver kat-ko får jeg et skarpt jag i lænden. Resten af dagen er det fint."
        " Skal jeg bare bide tænderne sammen og fortsætte?"
    )
    assert entry_of(brain.reply(story, NOW)) == "sikre-oevelser"


@pytest.mark.parametrize(
    "messages",
    [
        ("jeg har fået iskias", "kan jeg stadig gå til spinning?"),
        ("min kone har iskias ned i venstre ben, må hun godt fortsætte med at løbe?",),
        # cycling and swimming, the article's own activities, are training too
        ("må jeg cykle på arbejde når jeg har iskias?",),
        ("lægen siger det er iskias", "kan jeg godt svømme?"),
    ],
)
def test_training_asked_about_with_sciatica_gets_the_article_s_answer(
    chat: Conversations, messages: tuple[str, ...]
) -> None:
    # from the training sets: sports asked about with sciatica got the sciatica row or
    # the difference between local pain and sciatica
    assert entry_of(say(chat, *messages)) == "iskias-traening"


def test_training_asked_about_with_sciatica_denied_is_not_about_sciatica(
    chat: Conversations,
) -> None:
    reply = say(chat, "ingen udstråling, bare ondt i lænden. må jeg løbe?")
    assert entry_of(reply) != "iskias-traening"


def test_an_exercise_for_the_hip_after_back_exercises_is_not_a_back_exercise(
    chat: Conversations,
) -> None:
    # from the conversation sets: bird-dog answered it, read with the chat before
    reply = say(
        chat,
        "jeg har ondt i lænden efter løb",
        "hvad hjælper?",
        "har du en øvelse til hoften også?",
    )
    assert reply.entry is None


def test_the_shoulders_asked_about_after_back_exercises_are_not_the_back(
    chat: Conversations,
) -> None:
    # training conversations 81: the rest of the exercises answered it
    assert entry_of(say(chat, "hvilke øvelser lindrer ondt i lænden", "og for skuldrene?")) is None


def test_the_shoulders_of_an_exercise_are_still_the_exercise(chat: Conversations) -> None:
    reply = say(chat, "hvordan laver jeg bird dog", "skal hænderne være under skuldrene?")
    assert entry_of(reply) == "bird-dog"


def test_a_follow_up_that_turns_to_something_else_is_read_alone(chat: Conversations) -> None:
    # "btw" / "forresten" before a question: the chat's topic lends it nothing (session 31)
    say(chat, "min ryg har gjort ondt i en uge efter vi flyttede")
    say(chat, "hvor lang tid går der før det går over?")
    assert entry_of(say(chat, "btw ved du om ikea har åbent på søndag?")) is None
    assert entry_of(say(chat, "forresten, kan du anbefale et par gode løbesko?")) is None


@pytest.mark.parametrize(
    ("first", "by_the_way", "entry"),
    [
        ("kan jeg gå på arbejde med hold i ryggen?", "er murer btw", "arbejde"),
        # a marker before words that still point back (a review of session 31)
        ("hvordan laver jeg kat ko", "forresten, hvad er den godt for?", "kat-ko"),
        ("hvor lang tid varer ondt i lænden", "btw og hvis det ikke går væk?", "soeg-hjaelp"),
    ],
)
def test_by_the_way_that_still_points_back_keeps_the_topic(
    chat: Conversations, first: str, by_the_way: str, entry: str
) -> None:
    say(chat, first)
    assert entry_of(say(chat, by_the_way)) == entry


@pytest.mark.parametrize(
    "other_thing",
    [
        # training conversations 82: a thing the overview names, asked right after an
        # exercise, with or without "btw"
        "thx. btw er cykling ok for ryggen?",
        "er cykling ok for ryggen?",
        "må jeg gerne svømme?",
    ],
)
def test_another_activity_asked_after_an_exercise_gets_the_overview(
    chat: Conversations, other_thing: str
) -> None:
    say(chat, "kat ko, hvordan?")
    assert entry_of(say(chat, other_thing)) == "oevelser"


@pytest.mark.parametrize(
    "about_the_bot",
    [
        # training conversations 82: questions to the bot about itself, after an exercise
        "hvor gammel er du?",
        "haha tak du er sød, hvad hedder du og hvor gammel er du?",
        "lol hvor bor du",
        # what the bot is trained as, not when to see a doctor
        "er du læge?",
    ],
)
def test_a_personal_question_to_the_bot_is_small_talk_not_the_last_topic(
    chat: Conversations, about_the_bot: str
) -> None:
    say(chat, "hvordan laver man kat ko")
    reply = say(chat, about_the_bot)
    assert (reply.kind, reply.entry) == (ReplyKind.SMALLTALK, None)


@pytest.mark.parametrize(
    ("first", "if_so", "entry"),
    [
        # training conversations 83: the answer just given speaks of sharp pain
        ("hjælper varme?", "og hvis det er mere en skarp smerte?", "varme-kulde"),
        ("hvor længe varer det typisk?", "og hvis det er akut?", "varighed"),
        # the condition names what the last answer does not, or what another entry is
        # about (a review of session 35)
        ("hvad er ondt i lænden?", "og hvis det er iskias?", "forskel-ischias"),
        ("hvorfor får man ondt i lænden?", "hvad hvis det er en diskusprolaps?", "prolaps"),
        ("hvorfor får man ondt i lænden?", "og hvis jeg har slidgigt?", "slid"),
        ("hvorfor får man ondt i lænden?", "og hvis jeg har feber og vægttab?", "symptomer"),
    ],
)
def test_a_condition_after_an_answer_gets_the_answer_that_fits_it(
    chat: Conversations, first: str, if_so: str, entry: str
) -> None:
    say(chat, first)
    assert entry_of(say(chat, if_so)) == entry


def test_back_pain_told_with_its_cause_after_another_question_is_a_new_story(
    chat: Conversations,
) -> None:
    # found in the terminal chat: read against the question before, it got "Hvad er ondt
    # i lænden?" for its words on sciatica
    reply = say(chat, "Er det iskias?", "Jeg er helt øm i lænden efter flytningen i går.")
    assert entry_of(reply) == "hold-i-ryggen"


@pytest.mark.parametrize(
    ("messages", "entry_id"),
    [
        # training sets 9, 80, 88 and 99: a word pointing at the exercise asks of it,
        # whatever else the question names (the job, the bed)
        (("hvordan laver jeg kat-ko?", "kan jeg lave den inden jeg tager på arbejde?"), "kat-ko"),
        (("hvordan laver man bird dog?", "kan jeg lave den i sengen?"), "bird-dog"),
        # ... but pain while doing it asks how to exercise safely
        (
            (
                "hvordan laver man bird dog?",
                "hvis det gør ondt mens jeg laver den er det så forkert",
            ),
            "sikre-oevelser",
        ),
    ],
)
def test_a_question_pointing_at_the_exercise_asks_of_it(
    chat: Conversations, messages: tuple[str, ...], entry_id: str
) -> None:
    assert entry_of(say(chat, *messages)) == entry_id


def test_a_follow_up_the_shown_lead_answers_gets_that_sentence_not_the_rest(
    chat: Conversations,
) -> None:
    # "Slip langsomt og skift ben." was shown; the rest ("Denne øvelse hjælper med at
    # løsne lænderyggen ...") says nothing of switching legs
    say(chat, "hvordan laver man knæ til bryst")
    reply = say(chat, "og skal jeg skifte ben?")
    assert entry_of(reply) == "knae-til-bryst"
    assert "skift ben" in reply.text
    assert "løsne lænderyggen" not in reply.text


def test_what_to_expect_after_an_answer_gets_its_rest_not_the_same_lead(
    chat: Conversations,
) -> None:
    first = say(chat, "skal til fysioterapeut på torsdag for første gang pga lænden")
    then = say(chat, "hvad skal jeg forvente?")
    assert entry_of(first) == "fysioterapi"
    assert "træningsprogram" in then.text and then.text != first.text


@pytest.mark.parametrize(
    ("first", "then", "rest_says"),
    [
        ("hvad hjælper hurtigt mod ondt i lænden?", "hvad med piller?", "Smertestillende"),
        ("skal jeg blive hjemme fra arbejde?", "hvad med de tunge løft?", "midlertidige"),
    ],
)
def test_a_follow_up_the_rest_speaks_to_gets_the_rest_not_the_same_lead_again(
    chat: Conversations, first: str, then: str, rest_says: str
) -> None:
    # a conversation probe (session 72): the same lead was given again, word for word
    answer = say(chat, first)
    follow_up = say(chat, then)
    assert entry_of(follow_up) == entry_of(answer)
    assert rest_says in follow_up.text and rest_says not in answer.text


def test_a_follow_up_nothing_of_the_rest_speaks_to_keeps_the_lead(chat: Conversations) -> None:
    say(chat, "hjælper varme på det?")
    assert "kulde kan dæmpe" in say(chat, "og hvad så med kulde").text


@pytest.mark.parametrize(
    "story",
    [
        "har lavet øvelserne i en uge og er mere øm dagen efter, er det normalt?",
        "begyndte på rygøvelser i søndags og nu er jeg mere øm end før, gør jeg noget forkert?",
        "hvad skal jeg gøre hvis det jager under øvelsen",
    ],
)
def test_pain_that_exercising_brought_asks_how_to_exercise_safely(brain: Brain, story: str) -> None:
    assert entry_of(brain.reply(story, NOW)) == "sikre-oevelser"


def test_sharp_pain_asked_of_after_an_exercise_is_answered_however_unsure_alone(
    chat: Conversations,
) -> None:
    # training chats: the safe-exercising reading asked "mente du ...?" below the usual
    # score, though it is the reading of pain asked of right after an exercise
    say(chat, "Jeg har lavet bird-dog hver dag i en uge nu.")
    say(chat, "hvor længe skal jeg holde stillingen?")
    reply = say(chat, "og hvis det begynder at gøre skarpt ondt undervejs?")
    assert (reply.kind, entry_of(reply)) == (ReplyKind.ANSWER, "sikre-oevelser")


def test_which_exercises_when_sore_still_asks_which(brain: Brain) -> None:
    assert entry_of(brain.reply("hvilke øvelser kan jeg lave når jeg er øm?", NOW)) == "oevelser"


def test_how_to_sit_without_pain_asks_how_to_prevent_it(brain: Brain) -> None:
    # the article: "hensigtsmæssig siddestilling" prevents low back pain
    reply = brain.reply(
        "jeg sidder ved skrivebordet hele dagen, hvordan sidder jeg uden at få ondt i lænden?",
        NOW,
    )
    assert entry_of(reply) == "forebyg"


@pytest.mark.parametrize(
    ("messages", "meant"),
    [
        # after the exercises, a goal the article gives one of them: that one
        (("hvilke øvelser er gode for lænden?", "hvilken af dem er bedst mod stivhed?"), "kat-ko"),
        (("hvilken øvelse skal jeg lave for at få stærkere rygmuskler?",), "bird-dog"),
        (("hvilken øvelse er god, når baglårene er stramme?",), "knae-til-bryst"),
        # a goal before the question, or in the message before, pointed back at
        (("min ryg er stiv hver morgen, hvilken øvelse er bedst til det?",), "kat-ko"),
        (
            ("mine baglår er helt stramme efter cykling", "hvilken øvelse hjælper på det?"),
            "knae-til-bryst",
        ),
        # a state told before asking for exercises names no goal
        (("lænden er lidt stiv, hvilken øvelse kan jeg lave?",), "oevelser"),
        # "hvilke" asks for the exercises, whatever their goals
        (("hvilke øvelser er gode mod stivhed?",), "oevelser"),
    ],
)
def test_which_exercise_is_best_for_a_goal_gets_the_one_exercise(
    chat: Conversations, messages: tuple[str, ...], meant: str
) -> None:
    assert entry_of(say(chat, *messages)) == meant


@pytest.mark.parametrize(
    "messages",
    [
        (
            "hvad er forskellen på iskias og almindelige lændesmerter?",
            "hvordan ved jeg hvilken jeg har?",
        ),
        ("jeg har ondt i lænden", "hvilken af dem har jeg så? det stråler ned i låret"),
        ("hvordan ved jeg hvilken en jeg har? det sidder kun i lænden",),
    ],
)
def test_which_of_them_one_has_asks_how_to_tell_them_apart(
    chat: Conversations, messages: tuple[str, ...]
) -> None:
    assert entry_of(say(chat, *messages)) == "forskel-ischias"


def test_what_to_do_in_english_asks_what_helps(brain: Brain) -> None:
    # "what to do?" asks what to do, as "hvad gør jeg?" does
    reply = brain.reply("ryggen driller efter fodbold i går. what to do?", NOW)
    assert entry_of(reply) == "hurtig-hjaelp"


@pytest.mark.parametrize(
    ("messages", "entry"),
    [
        # treatment by hand is the manual treatment the article names
        (
            (
                "hvad laver en fysioterapeut egentlig når man kommer ind med ondt i lænden?",
                "får man også behandling med hænderne eller kun øvelser?",
            ),
            "fysioterapi",
        ),
        # "slags" is a kind, not a blow ("slag")
        (("har lige fået iskias, må jeg godt træne?", "hvilken slags træning så?"), "oevelser"),
        # "i mellemtiden" is meanwhile, no "mellem" (between vertebrae) nor "tid"
        (
            (
                "fik ondt i lænden i tirsdags, hvor længe varer det normalt?",
                "hvad gør jeg så i mellemtiden",
            ),
            "hurtig-hjaelp",
        ),
        # a which-word with no noun of its own asks which of the things just compared
        (
            (
                "hvad er forskellen på lokal lændesmerte og iskias",
                "hvilken er typisk mest skarp?",
            ),
            "forskel-ischias",
        ),
        # a story that asks only what the condition it names is
        (
            ("har fået et hold i ryggen da jeg bandt snørebånd, hvad er det egentlig?",),
            "hold-i-ryggen",
        ),
        # a roundabout story of back pain that asks why: why one gets it
        (
            ("min ryg er helt i spænd nederst, hvorfor sker det for nogen og ikke for andre",),
            "aarsager",
        ),
        # "ved siden af" is besides: no "ved" (the prolapse row's word)
        (
            (
                "kan fysioterapi fjerne smerterne helt?",
                "hvad kan jeg selv gøre hjemme ved siden af?",
            ),
            "hurtig-hjaelp",
        ),
        # one long sentence of what happened, then a clear question after a comma: the
        # question leads, not the child's fever told on the way
        (
            (
                "min søn har haft feber i tre dage og jeg har båret ham rundt hele tiden, nu "
                "har jeg ondt i lænden, hvad hjælper hurtigt?",
            ),
            "hurtig-hjaelp",
        ),
        # pain that drags on ("trækker ud") is how long it lasts; "de forskellige årsager" are
        # the various causes, no difference asked
        (("varer lændesmerter altid lang tid?", "hvad gør man hvis det trækker ud?"), "varighed"),
        (("jeg vil gerne vide lidt om de forskellige årsager til lændesmerter",), "aarsager"),
        # "den" after an answer that names one exercise ("... som kat-ko") is that exercise;
        # how often is still the overview's "1–2 gange dagligt"
        (("hvad hjælper hurtigt mod ondt i ryggen", "hvordan laver man den?"), "kat-ko"),
        (("hvad hjælper hurtigt mod ondt i ryggen", "kan jeg lave den hver dag?"), "oevelser"),
        # the exercise "du nævnte" / "du sagde" is the one the last answer named
        (("hvad hjælper hurtigt?", "hvad var det for en øvelse du sagde?"), "kat-ko"),
        # "hvorfor ... den" after an answer about no exercise: why of the exercise before it
        (("hvordan laver man bird dog", "hvor tit?", "hvorfor skal man lave den?"), "bird-dog"),
    ],
)
def test_follow_ups_and_stories_in_everyday_words_get_their_answer(
    chat: Conversations, messages: tuple[str, ...], entry: str
) -> None:
    assert entry_of(say(chat, *messages)) == entry


def test_a_follow_up_on_a_topic_not_covered_stays_not_covered(chat: Conversations) -> None:
    # the baby asked about after a pregnancy told: the article says nothing of it, so no
    # list of danger signs for "farligt"
    assert entry_of(say(chat, "er gravid i uge 20 og har ondt i ryggen")) is None
    reply = say(chat, "kan det skade babyen?")
    assert reply.entry is None and "graviditet" in reply.text


def test_at_once_after_knee_to_chest_asks_of_the_exercise(chat: Conversations) -> None:
    # "på en gang" (at once) is no walking ("gang"), and knees of the exercise no other
    # part of the body: not the danger signs' "both legs" and walking
    say(chat, "knæ til bryst, hvordan?")
    assert entry_of(say(chat, "tager man begge ben op på én gang?")) == "knae-til-bryst"
    assert entry_of(say(chat, "begge knæ på en gang eller et ad gangen?")) == "knae-til-bryst"


def test_isnt_it_better_weighs_a_choice_not_help_that_fails(chat: Conversations) -> None:
    # session 64's review: "er det ikke bedre at blive i sengen?" after a question about
    # working got when to seek help, as if nothing had helped
    say(chat, "kan jeg godt arbejde med ondt i lænden?")
    assert entry_of(say(chat, "er det ikke bedre at blive i sengen?")) == "arbejde"


@pytest.mark.parametrize("follow_up", ["og knæet?", "hvad med hoften?"])
def test_a_follow_up_naming_only_another_part_of_the_body_is_not_answered(
    chat: Conversations, follow_up: str
) -> None:
    # the article names the knee and hips only in its exercises ("knæ til bryst")
    say(chat, "har ondt i lænden og i knæet efter havearbejde, hvad kan jeg gøre for ryggen?")
    assert entry_of(say(chat, follow_up)) is None
    # ... also right after a whole answer, which "hvad med ...?" does not ask more of
    say(chat, "hvad hjælper hurtigt mod ondt i ryggen?")
    assert entry_of(say(chat, follow_up)) is None


def test_asking_to_wait_after_another_question_still_gets_the_warning(
    chat: Conversations,
) -> None:
    # found in session 64: after a warning, a question about heat, then "kan det vente til i
    # morgen?" got when to seek help with no warning, as if nothing had been told
    assert say(chat, "jeg faldt ned fra taget i går og har ondt i ryggen").red_flag is Tier.ACUTE
    assert entry_of(say(chat, "hjælper varme eller kulde bedst?")) == "varme-kulde"
    assert say(chat, "kan det vente til i morgen?").red_flag is Tier.ACUTE


def test_seeking_help_is_acknowledged_when_the_warning_stands_further_back(
    chat: Conversations, brain: Brain
) -> None:
    # session 64's review: "ok tak, jeg ringer 1813 nu" after a question about heat below
    # an acute warning got when to seek help, as if it were a question
    say(chat, "hjælp jeg har vildt ondt i lænden og kan ikke tisse siden i morges")
    say(chat, "kan jeg lægge en varmepude på imens")
    assert say(chat, "ok tak, jeg ringer 1813 nu").text == brain.phrases.seeking_help


def test_leaving_after_an_answer_with_no_warning_is_no_help_sought(
    chat: Conversations, brain: Brain
) -> None:
    # "afsted" is the help advised only after a warning: "ok vi tager afsted" after an
    # exercise got "Godt, gør det. Ring 112, ..."
    say(chat, "hvordan laver jeg kat-ko?")
    assert say(chat, "ok vi tager afsted").text != brain.phrases.seeking_help


@pytest.mark.parametrize(
    "follow_up",
    [
        # a yes that confirms the sign is no thanks that ends the warning
        "ja det er rigtigt",
        # the time until help comes, or something instead of it
        "kan jeg lave øvelser i mellemtiden?",
        "jeg vil helst ikke forstyrre lægen, kan jeg ikke bare hvile mig?",
        "jeg tager bare en pille og lægger mig",
    ],
)
def test_a_follow_up_about_the_wait_or_a_yes_keeps_an_acute_warning(
    chat: Conversations, follow_up: str
) -> None:
    assert say(chat, "jeg kan ikke holde på vandet og har ondt i lænden").red_flag is Tier.ACUTE
    assert say(chat, follow_up).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "follow_up"),
    [
        # more of the same trouble, told right after the warning
        ("kan ikke tisse og har ondt i lænden", "jeg har prøvet i flere timer"),
        ("faldt ned fra en stige på 3 meter og har ondt i ryggen", "jeg kan godt bevæge benene"),
        # how to get to the help, whom to call, the doctor's time
        (
            "mine ben bliver hurtigt svagere og jeg har svært ved at gå",
            "jeg har ingen bil, hvad gør jeg",
        ),
        ("feber og ondt i ryggen siden i går", "min læge har lukket, hvem ringer jeg til"),
        ("uforklaret vægttab og rygsmerter", "hvilke spørgsmål tror du lægen stiller?"),
        (
            "numbness around my butt and genitals since this morning plus back pain",
            "do i really need to go to the er?",
        ),
        # what to do now, and pills meanwhile, opened by "nej" or "altså" too
        ("jeg kan ikke holde på vandet og har ondt i lænden", "nej men hvad så nu"),
        ("jeg kan ikke holde på vandet og har ondt i lænden", "altså hvad gør jeg nu"),
        ("har feber og ondt i lænden", "kan jeg tage en pamol"),
        # "nej" that tells the sign still there, or begun just now, keeps it
        ("har feber og ondt i lænden", "nej den er ikke væk"),
        ("kan ikke tisse og har ondt i lænden", "nej det startede i går"),
        ("har feber og ondt i lænden", "nej, det gik over, men nu er det kommet igen"),
        # the back's pain gone, or one of two signs, takes nothing back (a code review found
        # "ej ondt i lænden er væk nu" and "nej feberen er væk nu" dropping acute warnings)
        ("jeg kan ikke mærke noget i skridtet og har ondt i ryggen", "ej ondt i lænden er væk nu"),
        ("jeg har feber og kan ikke tisse og har ondt i ryggen", "nej feberen er væk nu"),
        # an earlier cancer counts however long ago it was
        ("jeg har haft brystkræft og har fået ondt i ryggen", "ej, det er mange år siden"),
    ],
)
def test_a_follow_up_telling_more_or_asking_about_the_help_keeps_the_warning(
    chat: Conversations, sign: str, follow_up: str
) -> None:
    warned = say(chat, sign).red_flag
    assert warned is not Tier.NONE
    assert say(chat, follow_up).red_flag is warned


@pytest.mark.parametrize(
    ("sign", "follow_up"),
    [
        # a question of its own right after the warning is answered on its own terms
        (
            "for en maaneds tid siden havde jeg prikken ned i foden et par dage, det er helt "
            "væk nu men lænden er stadig lidt øm. er det noget jeg skal tage mig af?",
            "skal jeg bruge varmepude eller ispose",
        ),
        # a correction of what was told is no more of the same trouble
        ("er 72 og faldt på cyklen", "nej jeg er 27, tastede forkert"),
        ("prikken i benet i 6 uger", "undskyld 6 dage, ikke uger"),
        ("er 78 og faldt i badeværelset, nu ondt i ryggen", "jeg er 28 ikke 78"),
        ("jeg har feber og ondt i lænden", "jeg har målt igen og har ikke feber"),
        ("jeg har feber og ondt i lænden", "jeg vil gerne høre om stræk"),
        # a correction that tells the sign gone now, or not new, takes the warning back
        ("har feber og ondt i lænden", "nej vent feberen var i sidste uge, den er væk nu"),
        (
            "følelsesløs i skridtet",
            "ej det var fordi jeg havde cyklet 150 km, det gik væk efter en time i går",
        ),
        ("kan ikke holde på vandet og har ondt i ryggen", "nej, det var for 3 år siden"),
        ("prikken i begge ben i 4 uger", "ej det er længe siden, i 2021, det gik over"),
    ],
)
def test_a_question_of_its_own_or_a_correction_after_a_warning_ends_it(
    chat: Conversations, sign: str, follow_up: str
) -> None:
    assert say(chat, sign).red_flag is not Tier.NONE
    assert say(chat, follow_up).red_flag is Tier.NONE


@pytest.mark.parametrize(
    "told_back",
    [
        "men nu er det kommet igen",
        "altså nu er det der igen",
        "nu er det værre end før",
        "jeg tog fejl, det er ikke gået over",
        "glem det, det er stadig slemt",
    ],
)
def test_a_sign_taken_back_as_gone_then_told_back_is_warned_again(
    chat: Conversations, told_back: str
) -> None:
    say(chat, "jeg vågner hver nat af smerter i ryggen, også når jeg ligger stille")
    assert say(chat, "nej i nat sov jeg fint, det er gået over").red_flag is Tier.NONE
    assert say(chat, told_back).red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "slip",
    [
        # a code review: "sorry stavefejl, ... ikke ..." took acute warnings back
        "sorry stavefejl, jeg mente ryggen ikke maven",
        # session 75: so did a correction told in error that denies another thing
        "jeg skrev forkert, jeg mente ryggen ikke maven",
        "det var forkert formuleret, jeg mente lænden ikke nakken",
    ],
)
def test_a_slip_told_with_a_denial_takes_no_warning_back(chat: Conversations, slip: str) -> None:
    say(chat, "jeg kan ikke holde på vandet og har ondt i lænden")
    assert say(chat, slip).red_flag is Tier.ACUTE


def test_a_fever_corrected_to_another_temperature_keeps_its_warning(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg har ondt i lænden og 28 i feber").red_flag is Tier.PROMPT
    assert say(chat, "jeg skrev forkert, jeg har 38 ikke 28 i feber").red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    ("told", "correction", "tier"),
    [
        # session 75's note: a detail corrected got no warning on its own turn
        (
            "min søn har ondt i ryggen og har tisset i bukserne i 3 timer",
            "undskyld, 3 dage ikke 3 timer",
            Tier.ACUTE,
        ),
        ("jeg har ondt i lænden og 28 i feber", "undskyld, ikke 28 men 38", Tier.PROMPT),
        # a code review: a fever corrected to a normal temperature is taken back
        (
            "jeg har ondt i lænden og 39 i feber",
            "undskyld, jeg mente 37 ikke 39 i feber",
            Tier.NONE,
        ),
        # session 74's chat probe: an age corrected below old age takes the warning back
        (
            "min mor på 78 er faldet i haven og har ondt i ryggen",
            "sorry tastefejl, hun er 48 ikke 78",
            Tier.NONE,
        ),
    ],
)
def test_a_number_corrected_is_read_into_the_message_it_corrects(
    chat: Conversations, told: str, correction: str, tier: Tier
) -> None:
    assert say(chat, told).red_flag is not Tier.NONE
    assert say(chat, correction).red_flag is tier


def test_a_weight_loss_told_as_wrongly_put_and_meant_takes_its_warning_back(
    chat: Conversations,
) -> None:
    # session 75's chat probe: "forkert formuleret" tells the message before in error
    assert say(chat, "jeg har ondt i lænden og har tabt 8 kg uden at prøve").red_flag is Tier.PROMPT
    correction = "haha nej det er forkert formuleret, jeg har været på kur siden januar med vilje"
    assert say(chat, correction).red_flag is Tier.NONE


def test_an_earlier_cancer_dated_years_back_keeps_its_warning(chat: Conversations) -> None:
    say(chat, "jeg har haft brystkræft og har fået ondt i ryggen")
    assert say(chat, "nej undskyld, det var for 5 år siden").red_flag is Tier.PROMPT


def test_a_message_opening_with_og_runs_on_from_the_last(chat: Conversations) -> None:
    say(chat, "vi var ude at køre motorcykel.")
    assert say(chat, "og væltede i et sving, jeg har ondt i lænden nu").red_flag is Tier.ACUTE
    # ... but a question opening with "og" asks on; it tells nothing more
    other = Conversations(chat.brain)
    say(other, "min lænd er helt smadret om aftenen")
    assert say(other, "og om natten? hvilken sovestilling er bedst").red_flag is Tier.NONE


def test_one_sign_taken_back_leaves_the_others_warned(chat: Conversations) -> None:
    say(chat, "jeg har feber og kan ikke holde på vandet")
    assert say(chat, "nu kan jeg godt holde på vandet igen").red_flag_signs == ("feber",)
    other = Conversations(chat.brain)
    say(other, "jeg var i en bilulykke i går og kan ikke holde på vandet")
    reply = say(other, "bilulykken var for 10 år siden")
    assert reply.red_flag is Tier.ACUTE and reply.red_flag_signs == ("blaere-tarm",)


def test_a_sign_asked_about_then_told_pointing_back_is_raised(chat: Conversations) -> None:
    assert say(chat, "hvis jeg mister følelsen i skridtet, hvad så?").red_flag is Tier.NONE
    assert say(chat, "det er sket nu").red_flag is Tier.ACUTE


def test_a_question_pointing_back_at_a_calm_message_raises_nothing(chat: Conversations) -> None:
    say(chat, "jeg har iskias i højre ben")
    assert say(chat, "kan man miste kontrollen over blæren af det?").red_flag is Tier.NONE


def test_a_lasting_condition_told_turns_before_the_fall_or_pain_still_counts(
    chat: Conversations,
) -> None:
    say(chat, "jeg har knogleskørhed", "hvad hjælper mod ondt i lænden?", "hjælper varme?")
    assert say(chat, "jeg faldt i går og har ondt i ryggen").red_flag is Tier.PROMPT
    other = Conversations(chat.brain)
    say(other, "min far er 82", "hvad kan man gøre ved ondt i lænden?")
    assert say(other, "han har fået ondt i ryggen").red_flag is Tier.PROMPT


def test_a_sign_read_about_turns_before_is_no_lasting_condition(chat: Conversations) -> None:
    say(
        chat,
        "jeg læste at en prolaps kan give lammelser, passer det?",
        "hvordan ved man om det er alvorligt",
    )
    reply = say(chat, "jeg har bare lidt prikken i storetåen siden i forgårs, er det noget?")
    assert reply.red_flag is Tier.NONE


def test_a_sign_told_over_with_all_else_fine_ends_every_warning(chat: Conversations) -> None:
    say(chat, "Jeg har feber og kan ikke holde på vandet og har ondt i ryggen")
    assert say(chat, "feberen er væk nu og alt andet er også fint").red_flag is Tier.NONE
    other = Conversations(chat.brain)
    say(other, "Jeg kan ikke mærke mit skridt og har ondt i ryggen")
    assert say(other, "tak det er det").red_flag is Tier.NONE


@pytest.mark.parametrize(
    "turns",
    [
        ("hvad betyder følelsesløshed i skridtet?", "jeg har det nemlig"),
        ("for 2 år siden kunne jeg ikke holde på vandet", "og nu er det kommet igen"),
    ],
)
def test_a_sign_asked_about_or_past_then_confirmed_now_is_acute(
    chat: Conversations, turns: tuple[str, str]
) -> None:
    assert say(chat, turns[0]).red_flag is Tier.NONE
    assert say(chat, turns[1]).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    "correction",
    [
        "undskyld, jeg skrev forkert, det var sidste sommer",
        "nej vent, det gik over for flere år siden",
        "det var dengang jeg var gravid for 10 år siden",
        "jeg tog fejl, det har jeg ikke",
        "glem det, det passer ikke",
        "det var min mor, ikke mig, og det er længe siden",
    ],
)
def test_a_correction_right_after_a_warning_takes_it_back_for_good(
    chat: Conversations, correction: str
) -> None:
    assert say(chat, "jeg kan ikke holde på vandet og har ondt i lænden").red_flag is Tier.ACUTE
    assert say(chat, correction).red_flag is Tier.NONE
    assert say(chat, "jeg har stadig ondt i lænden").red_flag is Tier.NONE


@pytest.mark.parametrize(
    "not_a_correction",
    [
        "det skete også for 5 år siden",
        "det var ligesom for 5 år siden da jeg fik en prolaps",
        "jeg har læst om det, er det farligt?",
        "det var for 2 år siden jeg fik prolaps, skal jeg ringe?",
    ],
)
def test_a_sign_told_before_too_or_read_about_keeps_the_warning(
    chat: Conversations, not_a_correction: str
) -> None:
    say(chat, "jeg kan ikke holde på vandet og har ondt i lænden")
    assert say(chat, not_a_correction).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "correction"),
    [
        (
            "kan ikke mærke noget i skridtet og ryggen gør ondt",
            "sorry autocorrect, jeg mente jeg kan ikke mærke nogen bedring i ryggen. alt"
            " dernede er helt normalt. er det normalt efter 10 dage?",
        ),
        (
            "har ondt i lænden og kan ikke rigtig mærke noget omkring numsen og skridtet",
            "nej undskyld jeg mente at balden er stiv og øm, følelsen dernede er helt normal."
            " hvad kan det skyldes?",
        ),
        (
            "min ryg har gjort ondt i 3 uger og jeg har tabt 8 kg uden at prøve på det",
            "nej vent, jeg skrev forkert, det er 8 kg på et halvt år fordi jeg er startet på"
            " kur, så det er med vilje. er det normalt at det stadig gør ondt?",
        ),
    ],
)
def test_a_correction_that_clears_the_sign_takes_it_back_though_it_asks(
    chat: Conversations, sign: str, correction: str
) -> None:
    assert say(chat, sign).red_flag is not Tier.NONE
    assert say(chat, correction).red_flag is Tier.NONE


@pytest.mark.parametrize(
    "correction",
    [
        "nej jeg skrev forkert, det er min far, han er 80. hvad skal han gøre?",
        "jeg skrev forkert, det startede for 2 dage siden, hvad gør jeg?",
        "nej undskyld jeg mente at jeg heller ikke kan mærke når jeg skal tisse, hvad gør jeg?",
        # a code review's: what the bladder's sign is not cleared by
        "undskyld autocorrect, jeg mente følelsen dernede er helt normal. hvad med ryggen?",
        "nej jeg spurgte om øvelser. kan jeg ikke bare gå nogle ture?",
        "sorry autocorrect, det sker ikke hele tiden, kun en gang imellem. er det farligt?",
    ],
)
def test_a_correction_that_clears_nothing_keeps_the_warning_when_it_asks(
    chat: Conversations, correction: str
) -> None:
    say(chat, "jeg har ondt i ryggen og kan ikke holde på vandet")
    assert say(chat, correction).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "correction"),
    [
        # a code review's: the clearing words denied, the sign moved to another, or back
        (
            "min ryg har gjort ondt i 3 uger og jeg har tabt 8 kg uden at prøve på det",
            "nej undskyld jeg skrev forkert, det er ikke med vilje, jeg er ikke på kur. er det"
            " farligt?",
        ),
        (
            "jeg har tabt 8 kilo uden at prøve og har ondt i ryggen",
            "nej jeg skrev forkert, det er min far. jeg selv er på kur. hvad skal han gøre?",
        ),
        (
            "kan ikke mærke noget i skridtet, ondt i ryggen",
            "sorry autocorrect, jeg mente følelsen kom tilbage i går men nu er den væk igen,"
            " hvad gør jeg?",
        ),
        (
            "min mor havde brystkræft for 5 år siden og nu har hun ondt i ryggen",
            "sorry autocorrect, jeg mente at jeg er bekymret for at det er kommet igen. hvad"
            " gør jeg?",
        ),
    ],
)
def test_a_correction_that_only_seems_to_clear_keeps_the_warning(
    chat: Conversations, sign: str, correction: str
) -> None:
    warned = say(chat, sign).red_flag
    assert warned is not Tier.NONE
    assert say(chat, correction).red_flag is warned


def test_a_lasting_condition_taken_back_is_not_read_again(chat: Conversations) -> None:
    assert say(chat, "jeg har knogleskørhed og faldt i går, nu gør ryggen ondt").red_flag is (
        Tier.PROMPT
    )
    assert say(chat, "nej undskyld, det var for 5 år siden").red_flag is Tier.NONE
    assert say(chat, "jeg har stadig ondt i lænden").red_flag is Tier.NONE


@pytest.mark.parametrize(
    "not_a_correction",
    [
        # a code review's regressions of the correction rule, each keeping the warning
        "Det startede i går. Min far fik en blodprop for 5 år siden",
        "Glem det med øvelserne, hvad skal jeg gøre nu?",
        "Det var en fejl at vente så længe",
        "Jeg skrev forkert, det er ikke min mor, det er mig",
        "Det begyndte i 2026",
        "Ja det passer. Min mor havde kræft for mange år siden",
    ],
)
def test_words_of_a_correction_used_otherwise_keep_the_warning(
    chat: Conversations, not_a_correction: str
) -> None:
    say(chat, "jeg kan ikke holde på vandet og har ondt i lænden")
    assert say(chat, not_a_correction).red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "denial"),
    [
        ("ondt i lænden og jeg har tabt 9 kilo på 2 måneder", "jeg er ikke på slankekur"),
        ("min mand har feber og ondt i ryggen", "og nej, han har ikke været forkølet"),
    ],
)
def test_denying_what_would_explain_a_sign_after_a_warning_keeps_it(
    chat: Conversations, sign: str, denial: str
) -> None:
    # the writer rules out the harmless reason: the sign is all the more there
    assert say(chat, sign).red_flag is Tier.PROMPT
    assert say(chat, denial).red_flag is Tier.PROMPT


@pytest.mark.parametrize(
    "correction",
    [
        # a code review's chats (session 74): a correction of who has the sign, or of a
        # detail, keeps it for the questions after it
        "undskyld, jeg mente min far, ikke mig",
        "undskyld jeg mente 3 dage ikke 3 timer",
    ],
)
def test_a_correction_of_whom_or_how_long_keeps_the_warning_for_the_next_question(
    chat: Conversations, correction: str
) -> None:
    assert say(chat, "jeg har ikke kunnet holde på vandet siden i går").red_flag is Tier.ACUTE
    say(chat, correction)
    assert say(chat, "hvad gør vi nu?").red_flag is Tier.ACUTE


@pytest.mark.parametrize(
    ("sign", "correction"),
    [
        ("jeg kan ikke holde på vandet siden i går", "undskyld, jeg mente min far, ikke mig"),
        ("jeg har haft feber i 3 dage og ondt i ryggen", "sorry jeg mente min mor"),
        ("jeg har tabt 8 kilo uden grund", "ups, jeg mente min nabo"),
        # ... and back to the writer, or in English (a code review, session 75)
        ("min far kan ikke holde på vandet", "nej undskyld, jeg mente mig selv"),
        ("jeg er blevet følelsesløs i skridtet", "my bad, meant my dad not me"),
    ],
)
def test_a_correction_of_whom_keeps_the_warning_on_its_own_turn(
    chat: Conversations, sign: str, correction: str
) -> None:
    # the sign is still there, only someone else's: the writer must not read calm advice
    warned = say(chat, sign).red_flag
    assert warned is not Tier.NONE
    assert say(chat, correction).red_flag is warned


def test_turning_to_ones_own_trouble_after_another_persons_warning_is_no_correction(
    chat: Conversations,
) -> None:
    # a "nej" before it makes it no correction of whom the sign is about (session 75)
    assert say(chat, "min far kan ikke holde på vandet").red_flag is Tier.ACUTE
    turn = "nej men mig selv, jeg har lidt stiv ryg om morgenen, hvad gør jeg"
    assert say(chat, turn).red_flag is Tier.NONE


def test_a_correction_of_whom_with_a_date_long_past_takes_the_warning_back(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg har ikke kunnet holde på vandet siden i går").red_flag is Tier.ACUTE
    assert say(chat, "undskyld, jeg mente min far for 5 år siden").red_flag is Tier.NONE


def test_a_correction_of_whom_that_explains_the_sign_takes_the_warning_back(
    chat: Conversations,
) -> None:
    assert say(chat, "jeg har tabt 8 kilo uden grund").red_flag is Tier.PROMPT
    correction = "undskyld, jeg mente min mand har tabt sig med vilje, ikke mig"
    assert say(chat, correction).red_flag is Tier.NONE
