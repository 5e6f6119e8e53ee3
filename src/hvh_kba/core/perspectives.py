"""Whose money: the accounts a benefit line counts in, and the perspectives that read them.

The study has two tables per persona: a societal one and a municipal one by law. The Dutch MKBA
guideline (CPB/PBL, Algemene leidraad 2013; Werkwijzer MKBA in het sociaal domein 2016) asks
for two other things besides: a welfare balance, in which transfers (benefit payments and
allowances) cancel out, because they move money between government and citizen without using
resources; and the distribution over actors, each actor's budget, in which a transfer counts for
the payer who saves it and against the participant who loses it, where the project causes it.

Every benefit line therefore counts in accounts of three kinds:

- the study's: `societal` (the persona's societal table), `municipal` and `municipal/<law>`
  (its municipal table);
- `welfare`: every line that is not a transfer, wherever the study put it;
- `budget/<actor>`: the payer who saves, by the line's payer (the price list's `payer`, or the
  line's own); the municipalities also by budget line (`budget/municipalities/<part>`: Wmo,
  Participatiewet, other); and `budget/participant`, minus every transfer.

A transfer that the approach does not cause (the study's own tables list it as paid anyway, the
line says `caused: false`) counts in the budgets only if the run says so (`transfers: count`,
the study's choice); with `transfers: caused` it counts nowhere.

A perspective reads two of these accounts: the whole (society) and the budget compared with the
investment. Under `study` they are the study's tables, so a default run is the study exactly.
"""

from __future__ import annotations

from ..record import record


# payer (the price list's controlled list) -> (actor, the municipalities' budget line)
PAYERS: dict[str, tuple[str, str | None]] = {
    "Wmo": ("municipalities", "Wmo"),
    "Participatiewet": ("municipalities", "Participatiewet"),
    "gemeente overig": ("municipalities", "other"),
    "Justitie en Veiligheid": ("justice", None),
    "Zvw": ("care", None),
    "Wlz": ("care", None),
    "UWV": ("income", None),
    "Belastingdienst": ("income", None),
    "woningcorporatie": ("housing", None),
    "energieleverancier": ("other", None),
}
ACTORS = ("municipalities", "justice", "care", "income", "housing", "other", "participant")
MUNICIPAL_PARTS = ("Wmo", "Participatiewet", "other")
TRANSFER_CHOICES = ("count", "caused")


@record
class Perspective:
    id: str
    whole: str  # the account of society as a whole
    budget: str  # the account compared with the investment
    parts: tuple[str, ...] = ()  # the budget's accounts by law or budget line

    @property
    def is_study(self) -> bool:
        return self.id == "study"


def _budget(actor: str) -> str:
    return f"budget/{actor}"


STUDY_LAWS = ("Wmo", "Participatiewet", "Wlz", "Overig")
PERSPECTIVES: dict[str, Perspective] = {
    "study": Perspective("study", "societal", "municipal", tuple(f"municipal/{law}" for law in STUDY_LAWS)),
    "societal": Perspective("societal", "welfare", "welfare"),
    "municipal": Perspective(
        "municipal", "welfare", _budget("municipalities"), tuple(f"budget/municipalities/{p}" for p in MUNICIPAL_PARTS)
    ),
    **{actor: Perspective(actor, "welfare", _budget(actor)) for actor in ACTORS if actor != "municipalities"},
}


def line_accounts(
    societal: bool, law: str | None, payer: str, transfer: bool, caused: bool, transfers: str
) -> tuple[tuple[str, int], ...]:
    """The accounts one benefit line counts in, each with its sign: the one place that decides."""
    out: list[tuple[str, int]] = []
    if societal:
        out.append(("societal", 1))
    if law is not None:
        out += [("municipal", 1), (f"municipal/{law}", 1)]
    if not transfer:
        out.append(("welfare", 1))
    if transfer and not caused and transfers == "caused":
        return tuple(out)  # paid anyway: nobody's budget changes
    actor, part = PAYERS[payer]
    out.append((_budget(actor), 1))
    if part is not None:
        out.append((f"budget/{actor}/{part}", 1))
    if transfer:  # the payer saves it, the participant loses it; `transfer/...` keeps them apart for the distribution
        out += [(_budget("participant"), -1), (f"transfer/{actor}", 1), ("transfer/participant", -1)]
    return tuple(out)


def all_accounts() -> tuple[str, ...]:
    """Every account a line can count in, so every result has each one (empty or not)."""
    study = ("societal", "municipal", *(f"municipal/{law}" for law in STUDY_LAWS))
    budgets = tuple(_budget(actor) for actor in ACTORS) + tuple(f"budget/municipalities/{p}" for p in MUNICIPAL_PARTS)
    return (*study, "welfare", *budgets, *(f"transfer/{actor}" for actor in ACTORS))
