"""Small records built in code, so core tests do not depend on the shipped data.

Percentages are given as the data files give them (36 for 36 %) and stored as fractions, as validation does.
"""

from __future__ import annotations

from decimal import Decimal

from hvh_kba.schema.common import Ref, Text
from hvh_kba.schema.persona import BenefitLine, Factor, Line, Municipal, Persona, Profile
from hvh_kba.schema.pricelist import PriceItem, Pricelist, PricelistMeta
from hvh_kba.schema.scenario import Decided, Investment, InvestmentLine, Level, Scenario

REF = Ref(where="test")


def item(id_: str, amount=None, low=None, high=None) -> PriceItem:
    return PriceItem(
        id=id_, label=Text(nl=id_), amount=None if amount is None else Decimal(amount),
        low=None if low is None else Decimal(low), high=None if high is None else Decimal(high),
        unit="jaar", unit_text="per jaar", payer="Wmo", law="Wmo", sources=[REF],
    )


def pricelist(*items: PriceItem) -> Pricelist:
    return Pricelist(meta=PricelistMeta(id="test", title="test", price_year=2024, sources=[REF]), items=list(items))


def line(id_: str, item_id: str, qty=1, law=None, societal=True, link=None, unit_price=None):
    kwargs = dict(
        id=id_, label=Text(nl=id_), item=item_id, quantity=[Factor(value=Decimal(qty), unit="x")], basis="", societal=societal,
        municipal=Municipal(law=law) if law else None, source=REF,
        unit_price=None if unit_price is None else Decimal(unit_price),
    )
    return BenefitLine(link=link, **kwargs) if link else Line(**kwargs)


def persona(id_: str, costs=(), benefits=()) -> Persona:
    profile = Profile(age=30, summary="", characteristics=[], problem_areas=[], risk_factors=[], offences=[], goals=[],
                      goals_by_domain={}, sources=[REF])
    return Persona(id=id_, name=id_.title(), profile=profile, costs=list(costs), benefits=list(benefits), sources=[REF])


def scenario(participants: int, mix: dict[str, int], capacity: int = 29, rates=(0, 20, 40, 60, 80),
             lines=((100, True), (50, False)), decided=120) -> Scenario:
    return Scenario(
        id="test", name=Text(nl="test", en="test"), pricelist="test", capacity=capacity, participants=participants,
        mix={k: Decimal(v) / 100 for k, v in mix.items()}, recidivism_rates=[Decimal(r) / 100 for r in rates],
        investment=Investment(
            lines=[InvestmentLine(id=f"l{i}", label=Text(nl=""), amount=Decimal(a), in_minimum=m, source=REF)
                   for i, (a, m) in enumerate(lines)],
            minimum=Level(label=Text(nl="minimum")), maximum=Level(label=Text(nl="maximum")),
            decided=Decided(amount=Decimal(decided), label=Text(nl="besloten"), sources=[REF]),
        ),
        sources=[REF],
    )
