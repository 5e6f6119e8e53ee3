"""Messages of library: key -> (Dutch, English).

The library's errors (api/ and the core): a bad argument, a scenario that lacks what a question needs. The English
is the library's own text; `lib.accepted.*` are the phrases after 'accepted:', said inside other messages.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # what an argument accepts, said after 'accepted:' in the messages below
    "lib.accepted.fraction": ("een fractie van 0 tot en met 1", "a fraction from 0 to 1"),
    "lib.accepted.euros": ("een bedrag in euro's, 0 of meer (bijv. 230)", "an amount in euros, 0 or more (e.g. 230)"),
    "lib.accepted.investment": ("{levels} of een bedrag in euro's (400000)", "{levels} or an amount in euros (400000)"),
    "lib.accepted.years": ("een heel aantal jaren van 1 tot en met {most}", "a whole number of years from 1 to {most}"),
    "lib.accepted.lag": ("minder jaren dan de tijdshorizon", "fewer years than the horizon"),
    "lib.accepted.stay": ("{low} tot en met {high} maanden", "months from {low} to {high}"),
    "lib.accepted.draws": ("een heel aantal trekkingen", "a whole number of draws"),
    "lib.accepted.seed": ("een heel getal, 0 of meer", "a whole number, 0 or more"),
    # a number or a choice (api/_analysis.py)
    "lib.not_a_number": ("'{value}' wordt niet herkend als getal; toegestaan: {accepted}",
                         "'{value}' is not a number; accepted: {accepted}"),
    "lib.not_finite": ("'{value}' moet een eindig getal zijn; toegestaan: {accepted}",
                       "'{value}' is not a finite number; accepted: {accepted}"),
    "lib.outside": ("{value} valt buiten {low}-{high}; toegestaan: {accepted}", "{value} is outside {low}-{high}; accepted: {accepted}"),
    "lib.negative": ("'{value}' mag niet negatief zijn; toegestaan: {accepted}", "'{value}' is negative; accepted: {accepted}"),
    "lib.above_limit": ("'{value}' ligt boven {limit} euro, de grens voor elk bedrag; toegestaan: {accepted}",
                        "'{value}' is above {limit} euros, the limit of any amount; accepted: {accepted}"),
    "lib.not_a_level": ("'{value}' wordt niet herkend als niveau of bedrag; toegestaan: {accepted}",
                        "'{value}' is not a level or an amount; accepted: {accepted}"),
    "lib.no_investment_level": ("geen investeringsniveau opgegeven", "no investment level given"),
    "lib.not_an_assumption": ("geen aanname: {names}; toegestaan: {accepted}", "not an assumption: {names}; accepted: {accepted}"),
    "lib.unknown_optional": ("onbekende optionele map(pen) {names}; toegestaan: {accepted}",
                             "unknown optional folder(s) {names}; accepted: {accepted}"),
    "lib.not_a_price_choice": ("onbekende prijskeuze '{value}'; toegestaan: {accepted}", "'{value}' is not a price choice; accepted: {accepted}"),
    "lib.not_a_choice": ("onbekende keuze '{value}'; toegestaan: {accepted}", "'{value}' is not a choice; accepted: {accepted}"),
    "lib.no_index_series": ("prijslijst {pricelist} noemt geen indexreeks (meta.index) die in indices/ staat",
                            "price list {pricelist} names no index series (meta.index) that is in indices/"),
    "lib.outside_index": ("niet in de indexreeks {series} ({first}-{last}): {years}",
                          "{years} is outside the index series {series} ({first}-{last})"),
    "lib.no_municipalities": (
        "geen gegevens over de gemeenten: laad ze met load(optional=('municipalities',)) of voeg municipalities/*.yaml toe",
        "no municipalities data: load it with load(optional=('municipalities',)) or add municipalities/*.yaml"),
    # a scenario (api/_scenario.py)
    "lib.outside_capacity": ("{value} valt buiten 0-{capacity} (de capaciteit van {scenario})",
                             "{value} is outside 0-{capacity} (the capacity of {scenario})"),
    "lib.effect_without_curve": ("een effect of een eigen curve van Huis van Herstel hoort bij een recidivecurve; geef die ook op",
                                 "an effect or a curve of Huis van Herstel's own goes with a recidivism curve; give one"),
    "lib.mix_not_100": ("de aandelen tellen op tot {total} %, niet tot 100 %", "the shares sum to {total} %, not 100 %"),
    "lib.horizon_needed": ("een disconteringsvoet of een vertraging hoort bij een tijdshorizon; toegestaan: 1 jaar of meer",
                           "a discount rate or a lag goes with a horizon; accepted: years 1 or more"),
    "lib.no_discount_rate": ("scenario {scenario} heeft geen research.discount_rate; geef er zelf een op",
                             "scenario {scenario} has no research.discount_rate; give one"),
    "lib.shares_do_not_add_up": (
        "de aandelen van de actoren {when} tellen op tot {total}, terwijl het welvaartssaldo {expected} bedraagt: "
        "de betaler van een prijspost wordt niet over de actoren verdeeld",
        "the actors' shares {when} add up to {total}, the welfare balance is {expected}: a price item's payer is not "
        "divided over the actors"),
    "lib.without_recidivism": ("zonder recidive", "without recidivism"),
    "lib.at_any_recidivism": ("bij elke recidive", "at any recidivism"),
    # recidivism over the years (api/_recidivism.py)
    "lib.no_research_for_path": ("scenario {scenario} heeft geen research-sectie: een tijdpad heeft de disconteringsvoet daaruit nodig",
                                 "scenario {scenario} has no research section: a time path needs its discount rate"),
    "lib.baseline_and_curve": ("--baseline-recidivism en een recidivecurve bepalen allebei het nulalternatief; kies er één",
                               "--baseline-recidivism and a recidivism curve both set the null alternative; give one"),
    "lib.no_curves": ("geen recidivecurves: laad ze met load(optional=('recidivism',)) of voeg recidivism/*.yaml toe",
                      "no recidivism curves: load them with load(optional=('recidivism',)) or add recidivism/*.yaml"),
    "lib.effect_and_curve": ("een effect en een eigen curve van Huis van Herstel zeggen allebei wat de aanpak doet; kies er één",
                             "an effect and a curve of Huis van Herstel's own both say what it does; give one"),
    "lib.curves_count_differently": (
        "'{other}' telt een nieuwe {other_counts}, '{null}' een nieuwe {null_counts}; toegestaan: een curve die telt wat --curve telt",
        "'{other}' counts a new {other_counts}, '{null}' a new {null_counts}; accepted: a curve that counts what --curve counts"),
    "lib.counts.conviction": ("veroordeling", "conviction"),
    "lib.counts.prison_term": ("gevangenisstraf", "prison term"),
    # the flows and the monitoring file (api/_flows.py, api/_monitor.py)
    "lib.no_flows": ("geen gepubliceerde in- en uitstroom: laad die met load(optional=('flows',)) of voeg flows/*.yaml toe",
                     "no published flows: load them with load(optional=('flows',)) or add flows/*.yaml"),
    "lib.no_stay": ("scenario {scenario} heeft geen research.stay_months; geef de gemiddelde verblijfsduur op",
                    "scenario {scenario} has no research.stay_months; give the average stay"),
    "lib.stay_outside": (
        "{value} maanden valt buiten {low}-{high}: een verblijf in Huis van Herstel duurt {low} tot {high} maanden; toegestaan: {accepted}",
        "{value} months is outside {low}-{high}: a stay in Huis van Herstel lasts {low} to {high} months; accepted: {accepted}"),
    "lib.not_a_flows_file": ("geen bestand met in- en uitstroom", "not a flows file"),
    # the research questions (api/_research.py, api/_measure.py)
    "lib.beta_mean": ("een gemiddelde van {mean} laat de bètaverdeling geen ruimte; toegestaan: boven 0 en onder 1",
                      "a mean of {mean} leaves the Beta distribution no room; accepted: above 0 and below 1"),
    "lib.no_ranges": ("scenario {scenario} heeft geen research.ranges voor {missing}; daaruit wordt de bezetting getrokken",
                      "scenario {scenario} has no research.ranges for {missing}; the occupancy is drawn from them"),
    "lib.not_a_correlation_matrix": (
        "scenario {scenario}: de research.correlations vormen samen geen correlatiematrix (zo kan geen invoer samenhangen); "
        "maak er één zwakker",
        "scenario {scenario}: research.correlations together are not a correlation matrix (no inputs can be correlated that way); "
        "loosen one"),
    "lib.no_research": (
        "scenario {scenario} heeft geen research-sectie (ranges, spread, concentrations); zie scenarios/_impactstudie-2024.yaml",
        "scenario {scenario} has no research section (ranges, spread, concentrations); see scenarios/_impactstudie-2024.yaml"),
    "lib.no_information": ("scenario {scenario} heeft geen research.information: de groepen invoer waarvan de waarde van informatie wordt berekend",
                           "scenario {scenario} has no research.information: the groups of inputs to value"),
    "lib.not_a_drawn_input": (
        "research.information {group}: '{name}' hoort niet bij de invoer van de Monte Carlo (een prijspost die geen batenregel gebruikt?)",
        "research.information {group}: '{name}' is not an input of the Monte Carlo (a price item no benefit line uses?)"),
    # who pays and who saves (api/_municipalities.py)
    "lib.perspective_not_settled": (
        "de posities van de gemeenten vragen om het perspectief van de studie of het gemeentelijke perspectief, niet '{perspective}'; "
        "toegestaan: {accepted}",
        "the municipalities' positions need the study's or the municipal perspective, not '{perspective}'; accepted: {accepted}"),
    "lib.count_negative": ("{name}: {count} mag niet negatief zijn", "{name}: {count} is negative"),
    "lib.all_zero": ("alles nul; minstens één gemeente heeft deelnemers nodig", "all zero; at least one municipality needs participants"),
    "lib.key_file_not_found": (
        "{path}: bestand niet gevonden; toegestaan: inhabitants, of een YAML-bestand met participants: of shares:",
        "{path}: file not found; accepted: inhabitants, or a YAML file with participants: or shares:"),
    "lib.unknown_unnamed": ("{what}; geldig: {known}", "{what}; valid: {known}"),  # what: a noun.* of messages/common.py
    # price lists (api/_pricelist.py)
    "lib.pricelist_not_found": ("prijslijst '{name}' bestaat niet als bestand en niet als prijslijst in de gegevensmap ({known})",
                                "price list '{name}' is neither a file nor a price list in the data folder ({known})"),
    "lib.pricelist_lacks_items": ("prijslijst '{name}' mist prijsposten die de persona's gebruiken: {missing}",
                                  "price list '{name}' lacks items the personas use: {missing}"),
    # arithmetic on a source's numbers (core/arith.py)
    "lib.not_arithmetic": ("geen rekensom: {expression}", "not arithmetic: {expression}"),
    "lib.only_arithmetic": ("alleen getallen, + - * / // en haakjes zijn toegestaan: {expression}",
                            "only numbers, + - * / // and brackets are allowed: {expression}"),
}
