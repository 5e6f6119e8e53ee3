from decimal import Decimal

import pytest

from hvh_kba.core.evaluation import Evaluation
from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.verify import classify, summary, verify
from hvh_kba.schema.common import Text
from hvh_kba.schema.published import Erratum, Figure, Of

OF = Of(measure="persona-line", persona="x", line="y", perspective="societal")


def figure(published, unit="eur", qualifier=None, id_="f"):
    """A figure as validation makes it: a percentage as a fraction."""
    value = Decimal(published) / 100 if unit == "percent" else Decimal(published)
    return Figure(id=id_, line=1, published=value, unit=unit, qualifier=qualifier, of=OF)


def erratum(expression, id_="f"):
    return Erratum(id="e", title=Text(nl=""), what=Text(nl=""), figures={id_: expression})


@pytest.mark.parametrize(
    ("published", "model", "unit", "qualifier", "status"),
    [
        (100, "100", "eur", None, "match"),
        (100, "100.6", "eur", None, "rounding"),
        (100, "99", "eur", None, "rounding"),
        (100, "98.9", "eur", None, "unexplained"),
        (80, "80.88", "percent", None, "rounding"),  # truncated, as the study does for 80 %
        (58, "57.93", "percent", None, "rounding"),  # rounded to the nearest
        (43, "42.07", "percent", None, "unexplained"),  # neither
        (70, "68.9", "percent", "bijna", "rounding"),  # 'bijna 70 %'
        (70, "70.2", "percent", "bijna", "unexplained"),  # not 'almost' when above
        (70, "67.5", "percent", "bijna", "unexplained"),  # too far below
        (5, "5", "count", None, "match"),
        (5, "6", "count", None, "unexplained"),
    ],
)
def test_classify_without_erratum(published, model, unit, qualifier, status):
    model = Decimal(model) / 100 if unit == "percent" else Decimal(model)  # the model's rates are fractions too
    assert classify(figure(published, unit, qualifier), model, None)[0] == status


def test_an_erratum_explains_only_the_difference_it_predicts():
    assert classify(figure(500), Decimal(504), erratum("500 - 12 * 42")) == ("erratum", Decimal(-4))
    assert classify(figure(501), Decimal(504), erratum("500 - 12 * 42"))[0] == "erratum"  # within EUR 1
    assert classify(figure(498), Decimal(504), erratum("500 - 12 * 42"))[0] == "unexplained"
    # an erratum for a figure the model reproduces exactly is itself wrong
    assert classify(figure(504), Decimal(504), erratum("500 - 12 * 42"))[0] == "unexplained"


def test_a_figure_that_restates_input_is_not_a_match():
    assert classify(figure(100), Decimal(100), None, restated=True)[0] == "restated"
    assert classify(figure(100), Decimal("100.4"), None, restated=True)[0] == "restated"
    assert classify(figure(100), Decimal(90), None, restated=True)[0] == "unexplained"  # the data typed in wrong


def test_a_known_gap_is_known_until_the_model_closes_it():
    known = Erratum(id="e", title=Text(nl=""), what=Text(nl=""), unexplained=["f"])
    assert classify(figure(100), Decimal(90), known) == ("unexplained-known", None)
    assert classify(figure(100), Decimal(100), known)[0] == "unexplained"  # the listing is stale: say so


def test_no_model_value_is_unexplained():
    assert classify(figure(1), None, None)[0] == "unexplained"


def test_the_study_has_no_unexplained_figure(study, evaluation):
    checks = verify(study.published, study.errata, evaluation)
    counts = summary(checks)
    unexplained = [c.figure.id for c in checks if c.status == "unexplained"]
    assert unexplained == []
    assert counts["erratum"] > 0 and counts["match"] > counts["rounding"]


def test_a_changed_price_shows_up_as_unexplained(study, dataset):
    """verify can fail: bend one price and the figures that rest on it are no longer explained."""
    bent = Evaluation(dataset, Assumptions(overrides={"wajong": Decimal(99)}))
    unexplained = {c.figure.id for c in verify(study.published, study.errata, bent) if c.status == "unexplained"}
    assert {"tabel-3/wajong", "tabel-7/wajong", "tabel-11/totaal"} - unexplained == {"tabel-11/totaal"}
    assert "tabel-3/totaal" in unexplained  # covered by an erratum, whose expectation no longer holds


def test_only_selects_figures(study, evaluation):
    checks = verify(study.published, study.errata, evaluation, only=lambda f: f.of.scenario == "ideal")
    assert checks and all(c.figure.of.scenario == "ideal" for c in checks)
