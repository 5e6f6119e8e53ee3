"""The library's errors in Dutch: every bad argument and every missing piece of a scenario says what is wrong in the
run's language, and the English is the library's own text (str())."""

from __future__ import annotations

import shutil
import string
from decimal import Decimal

import pytest
import yaml

from hvh_kba import api
from hvh_kba.errors import DataError, InputError, say
from hvh_kba.messages import MESSAGES, render
from hvh_kba.paths import shipped_data_dir

ENGLISH = (" the ", " is ", "accepted", "unknown", " must ", "outside")
FOLDERS = ("pricelists", "personas", "scenarios", "recidivism", "flows", "indices", "municipalities")


def english_in(text: str) -> list[str]:
    return [word for word in ENGLISH if word in f" {text} "]


def assert_said_in_both(error: InputError | DataError) -> None:
    """Dutch without English words; English as str() says it."""
    if isinstance(error, InputError):
        assert english_in(error.text("nl")) == [], error.text("nl")
        assert error.text("en") == str(error.message)
        return
    for problem in error.problems:
        assert english_in(problem.text("nl")) == [], problem.text("nl")
        assert problem.text("en") == str(problem)


@pytest.fixture(scope="module")
def analysis():
    return api.load()


@pytest.fixture(scope="module")
def bare():
    """Without the optional folders: no municipalities, flows or curves."""
    return api.load(optional=())


def data_copy(tmp_path_factory, change) -> api.Analysis:
    """The shipped data with the scenarios' shared base changed (a dict of its YAML)."""
    root = tmp_path_factory.mktemp("data")
    for folder in FOLDERS:
        if (shipped_data_dir() / folder).is_dir():
            shutil.copytree(shipped_data_dir() / folder, root / folder)
    base = root / "scenarios" / "_impactstudie-2024.yaml"
    doc = yaml.safe_load(base.read_text(encoding="utf-8"))
    change(doc)
    base.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return api.load(root, cache=False)


@pytest.fixture(scope="module")
def no_research(tmp_path_factory):
    return data_copy(tmp_path_factory, lambda doc: doc.pop("research"))


@pytest.fixture(scope="module")
def no_groups(tmp_path_factory):
    """Research without information groups and without ranges to draw the occupancy from."""

    def change(doc):
        doc["research"].pop("information")
        doc["research"]["ranges"] = {}

    return data_copy(tmp_path_factory, change)


def _note():
    return {"nl": "test", "en": "test"}


@pytest.fixture(scope="module")
def bad_correlations(tmp_path_factory):
    """Three prices correlated in a way no correlation matrix allows."""

    def change(doc):
        doc["research"]["correlations"] += [
            {"between": ["detentie", "mishandeling"], "rho": 0.9, "note": _note()},
            {"between": ["huis-van-bewaring", "mishandeling"], "rho": -0.9, "note": _note()},
        ]

    return data_copy(tmp_path_factory, change)


@pytest.fixture(scope="module")
def undrawn_group(tmp_path_factory):
    """An information group naming a price item that no benefit line uses (so the Monte Carlo does not draw it)."""

    def change(doc):
        doc["research"]["information"].append(
            {"id": "lawyer", "inputs": ["advocaat"], "label": _note(), "measure": _note()})

    return data_copy(tmp_path_factory, change)


BAD_ARGUMENTS = [
    # _analysis.py: assumptions, numbers, investments, optional folders
    ("not an assumption", "lib.not_an_assumption", lambda a: a.assuming(bogus=1)),
    ("unknown optional", "lib.unknown_optional", lambda a: api.load(optional=("nowhere",))),
    ("unknown perspective", "unknown", lambda a: api.load(perspective="x")),
    ("price choice", "lib.not_a_price_choice", lambda a: a.assuming(prices="cheap")),
    ("transfers choice", "lib.not_a_choice", lambda a: a.assuming(transfers="some")),
    ("unknown price item", "unknown.close", lambda a: a.assuming(overrides={"detentei": 1})),
    ("negative amount", "lib.negative", lambda a: a.assuming(overrides={"detentie": -1})),
    ("amount above the limit", "lib.above_limit", lambda a: a.assuming(overrides={"detentie": 10**13})),
    ("amount not a number", "lib.not_a_number", lambda a: a.assuming(overrides={"detentie": "veel"})),
    ("not a number", "lib.not_a_number", lambda a: a.assuming(dropout="abc")),
    ("not finite", "lib.not_finite", lambda a: a.assuming(dropout="inf")),
    ("fraction outside 0-1", "lib.outside", lambda a: a.assuming(dropout=2)),
    ("unknown price set", "unknown", lambda a: a.assuming(price_set="nergens")),
    ("price year outside the index", "lib.outside_index", lambda a: a.assuming(price_year=1900)),
    ("not a level", "lib.not_a_level", lambda a: api.scenario(a, "realistic", investments=["maxi"])),
    ("amount not finite", "lib.not_finite", lambda a: api.scenario(a, "realistic", investments=[Decimal("Infinity")])),
    ("no level", "lib.no_investment_level", lambda a: api.scenario(a, "realistic", investments=[])),
    # _scenario.py
    ("unknown scenario", "unknown.close", lambda a: api.scenario(a, "realistik")),
    ("participants above capacity", "lib.outside_capacity", lambda a: api.scenario(a, "realistic", participants=30)),
    ("rate outside 0-1", "lib.outside", lambda a: api.scenario(a, "realistic", rates=["1.5"])),
    ("unknown persona in mix", "unknown.close", lambda a: api.scenario(a, "realistic", mix={"jorris": 1})),
    ("mix not 100 %", "lib.mix_not_100", lambda a: api.scenario(a, "realistic", mix={"joris": "0.5", "soufiane": "0.5", "patrick": "0.1"})),
    ("discount rate not a number", "lib.not_a_number", lambda a: api.scenario(a, "realistic", years=3, discount_rate="veel")),
    ("discount rate without years", "lib.horizon_needed", lambda a: api.scenario(a, "realistic", discount_rate="0.03")),
    ("years outside", "lib.outside", lambda a: api.scenario(a, "realistic", years=101)),
    ("lag outside", "lib.outside", lambda a: api.scenario(a, "realistic", years=3, lag=5)),
    ("effect without a curve", "lib.effect_without_curve", lambda a: api.scenario(a, "realistic", effect="0.3")),
    # _recidivism.py
    ("unknown curve", "unknown", lambda a: api.scenario(a, "realistic", curve="nergens")),
    ("curve with a baseline", "lib.baseline_and_curve", lambda a: api.scenario(a.assuming(baseline="0.5"), "realistic", curve="herveroordeling")),
    ("effect and own curve", "lib.effect_and_curve", lambda a: api.scenario(a, "realistic", curve="herveroordeling", hvh_curve="herveroordeling",
                                                    effect="0.3")),
    ("curves that count differently", "lib.curves_count_differently", lambda a: api.scenario(a, "realistic", curve="herveroordeling", hvh_curve="heropsluiting")),
    ("effect outside 0-1", "lib.outside", lambda a: api.scenario(a, "realistic", curve="herveroordeling", effect="2")),
    # _flows.py
    ("unknown flows", "unknown", lambda a: api.flows(a, source="nergens")),
    ("stay outside", "lib.stay_outside", lambda a: api.flows(a, stay=30)),
    ("stay not a number", "lib.not_a_number", lambda a: api.flows(a, stay="lang")),
    # _research.py, _measure.py
    ("draws", "lib.outside", lambda a: api.uncertainty(a, "realistic", draws=0)),
    ("too many draws", "lib.outside", lambda a: api.uncertainty(a, "realistic", draws=10**9)),
    ("seed", "lib.outside", lambda a: api.uncertainty(a, "realistic", seed=-1)),
    ("beta mean", "lib.beta_mean", lambda a: api.uncertainty(a, "realistic", recidivism=0)),
    ("measure draws", "lib.outside", lambda a: api.measure(a, "realistic", draws=0)),
    ("sensitivity recidivism", "lib.outside", lambda a: api.sensitivity(a, "realistic", recidivism="2")),
    # _municipalities.py, _monitor.py
    ("unknown funding", "unknown", lambda a: api.municipalities(a, funding="4")),
    ("perspective without positions", "lib.perspective_not_settled", lambda a: api.municipalities(a.assuming(perspective="justice"))),
    ("unknown municipality", "unknown.close", lambda a: api.municipalities(a, benefit_key={"nergens": 1})),
    ("negative count", "lib.count_negative", lambda a: api.municipalities(a, benefit_key={"almelo": -1})),
    ("all zero", "lib.all_zero", lambda a: api.municipalities(a, benefit_key={"almelo": 0})),
    ("key file not found", "lib.key_file_not_found", lambda a: api.municipalities(a, benefit_key="nergens.yaml")),
    ("recidivism outside 0-1", "lib.outside", lambda a: api.municipalities(a, recidivism="2")),
    # _pricelist.py
    ("price list not found", "lib.pricelist_not_found", lambda a: api.pricelist_diff(a, "nergens", "impactstudie-2024")),
]


@pytest.mark.parametrize(("case", "key", "call"), BAD_ARGUMENTS, ids=[case for case, _, _ in BAD_ARGUMENTS])
def test_a_bad_argument_is_said_in_dutch(analysis, case, key, call):
    with pytest.raises(InputError) as caught:
        call(analysis)
    assert caught.value.message.key == key
    assert_said_in_both(caught.value)


MISSING = [
    ("no municipalities", "lib.no_municipalities", "bare", lambda a: api.municipalities(a)),
    ("no flows", "lib.no_flows", "bare", lambda a: api.flows(a)),
    ("no curves", "lib.no_curves", "bare", lambda a: api.scenario(a, "realistic", curve="herveroordeling")),
    ("no research", "lib.no_research", "no_research", lambda a: api.sensitivity(a, "realistic")),
    ("no research for the time path", "lib.no_research_for_path", "no_research", lambda a: api.scenario(a, "realistic", curve="herveroordeling")),
    ("no discount rate", "lib.no_discount_rate", "no_research", lambda a: api.scenario(a, "realistic", years=3)),
    ("no stay", "lib.no_stay", "no_research", lambda a: api.flows(a)),
    ("no information", "lib.no_information", "no_groups", lambda a: api.measure(a, "realistic", draws=1000)),
    ("no ranges", "lib.no_ranges", "no_groups", lambda a: api.uncertainty(a, "realistic", draws=1000, occupancy=True)),
    ("not a correlation matrix", "lib.not_a_correlation_matrix", "bad_correlations", lambda a: api.uncertainty(a, "realistic", draws=1000)),
    ("an input not drawn", "lib.not_a_drawn_input", "undrawn_group", lambda a: api.measure(a, "realistic", draws=1000)),
]


@pytest.mark.parametrize(("case", "key", "data", "call"), MISSING, ids=[case for case, _, _, _ in MISSING])
def test_what_a_question_lacks_is_said_in_dutch(request, case, key, data, call):
    with pytest.raises(InputError) as caught:
        call(request.getfixturevalue(data))
    assert caught.value.message.key == key
    assert_said_in_both(caught.value)


def test_a_price_list_without_what_the_run_needs_is_said_in_dutch(analysis, tmp_path):
    doc = yaml.safe_load((shipped_data_dir() / "pricelists" / "impactstudie-2024.yaml").read_text(encoding="utf-8"))
    doc["meta"].pop("index")
    doc["items"] = [item for item in doc["items"] if item["id"] != "detentie"]
    doc.pop("alternatives", None)
    path = tmp_path / "prijslijst.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputError) as lacking:
        api.pricelist_diff(analysis, "impactstudie-2024", path)
    assert lacking.value.message.key == "lib.pricelist_lacks_items" and "detentie" in lacking.value.text("nl")
    assert_said_in_both(lacking.value)


def test_a_price_list_without_an_index_is_said_in_dutch(tmp_path):
    doc = yaml.safe_load((shipped_data_dir() / "pricelists" / "impactstudie-2024.yaml").read_text(encoding="utf-8"))
    doc["meta"].pop("index")
    path = tmp_path / "prijslijst.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        api.load(pricelist=path, price_year=2025, cache=False)
    assert caught.value.field == "price_year" and caught.value.message.key == "lib.no_index_series"
    assert_said_in_both(caught.value)


@pytest.mark.parametrize(
    "key",
    ["shares:\n  nergens: 50\n", "participants:\n  almelo: 0\n"],
    ids=["unknown municipality and shares not 100 %", "all zero"],
)
def test_a_bad_benefit_key_file_is_said_in_dutch(analysis, tmp_path, key):
    path = tmp_path / "sleutel.yaml"
    path.write_text(key, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        api.municipalities(analysis, benefit_key=path)
    assert caught.value.problems
    assert_said_in_both(caught.value)


def test_a_distribution_that_does_not_add_up_is_said_in_dutch(analysis):
    from hvh_kba.api._scenario import distribution
    from hvh_kba.core.persona import Parts
    from hvh_kba.core.scenario import Split

    accounts = dict(api.scenario(analysis, "realistic").result.accounts)
    accounts["budget/care"] = Split(Parts(Decimal(1), Decimal(0)), analysis.assumptions.weights)
    with pytest.raises(DataError) as caught:
        distribution(accounts)
    assert_said_in_both(caught.value)


@pytest.mark.parametrize("expression", ["1 +", "a * 2"])
def test_arithmetic_that_is_not_says_so_in_dutch(expression):
    from hvh_kba.core.arith import evaluate

    with pytest.raises(ValueError) as caught:
        evaluate(expression)
    message = caught.value.args[0]
    assert english_in(message.text("nl")) == [] and str(caught.value) == message.text("en")


def test_numbers_are_grouped_in_the_language_of_the_run(analysis):
    with pytest.raises(InputError) as caught:
        api.uncertainty(analysis, "realistic", draws=0)
    assert caught.value.text("nl") == "0 valt buiten 1-10.000.000; toegestaan: een heel aantal trekkingen"
    assert caught.value.text("en") == "0 is outside 1-10,000,000; accepted: a whole number of draws"


def test_every_library_message_is_dutch_in_dutch():
    """Also those no argument reaches (a file that loads as nothing): the Dutch template alone, values left out."""
    for key, (nl, _) in MESSAGES.items():
        if key.startswith("lib."):
            names = {name for _, name, _, _ in string.Formatter().parse(nl) if name}
            assert english_in(nl.format(**dict.fromkeys(names, "x"))) == [], key
    assert render(say("lib.not_a_flows_file"), "nl") == "geen bestand met in- en uitstroom"
