"""The program's own words, in Dutch (default) and English: the one word list.

Words about the sources (a table, a footnote) are not here: they come with the data, as `Text`.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # general
    "participants": ("deelnemers", "participants"),
    "scenario_heading": ("{name}: {participants} deelnemers (capaciteit {capacity})", "{name}: {participants} participants (capacity {capacity})"),
    "capacity": ("capaciteit", "capacity"),
    "allocation": ("Verdeling", "Allocation"),
    "pricelist": ("Prijslijst", "Price list"),
    "prices.low": ("laagste prijs van elke range", "lowest price of each range"),
    "prices.mid": ("midden van elke range", "midpoint of each range"),
    "prices.high": ("hoogste prijs van elke range", "highest price of each range"),
    "overrides": ("Aangepaste prijzen", "Changed prices"),
    "indexed": ("Prijzen geïndexeerd naar {year} ({series})", "Prices indexed to {year} ({series})"),
    "effects": (
        "Recidive zonder Huis van Herstel {baseline}, deadweight {deadweight}, uitval {dropout}",
        "Recidivism without Huis van Herstel {baseline}, deadweight {deadweight}, drop-out {dropout}",
    ),
    "recidivism": ("Recidive", "Recidivism"),
    "societal": ("Maatschappelijk", "Societal"),
    "municipal": ("Gemeentelijk", "Municipal"),
    "published": ("Gepubliceerd", "Published"),
    "law": ("Wet", "Law"),
    "amount": ("Bedrag", "Amount"),
    "share": ("Aandeel", "Share"),
    "total": ("Totaal", "Total"),
    "level": ("Niveau", "Level"),
    "investment": ("Investering", "Investment"),
    "ratio": ("Minimum / investering", "Minimum / investment"),
    "surplus": ("Saldo minimum", "Minimum surplus"),
    "break_even_rate": ("Break-even recidive", "Break-even recidivism"),
    "min_participants": ("Min. deelnemers", "Min. participants"),
    "any_rate": ("elk percentage", "any rate"),
    "no_rate": ("geen", "none"),
    "none": ("geen", "none"),
    # perspectives
    "whole.study": ("Maatschappelijk", "Societal"),
    "whole.guideline": ("Welvaart (leidraad)", "Welfare (guideline)"),
    "budget.study": ("Gemeentelijk", "Municipal"),
    "budget.societal": ("Welvaart (leidraad)", "Welfare (guideline)"),
    "budget.municipal": ("Gemeenten (begroting)", "Municipalities (budget)"),
    "budget.justice": ("Justitie en Veiligheid", "Justice and Security"),
    "budget.care": ("Zvw en Wlz", "Zvw and Wlz"),
    "budget.income": ("UWV en Belastingdienst", "UWV and Tax Administration"),
    "budget.housing": ("Woningcorporaties", "Housing corporations"),
    "budget.other": ("Overige betalers", "Other payers"),
    "budget.participant": ("Deelnemer", "Participant"),
    # the same budgets inside a sentence ("the benefits to ...")
    "who.societal": ("de samenleving (welvaart volgens de leidraad)", "society (welfare by the guideline)"),
    "who.municipal": ("de gemeentelijke begrotingen", "the municipal budgets"),
    "who.justice": ("Justitie en Veiligheid", "Justice and Security"),
    "who.care": ("Zvw en Wlz", "Zvw and Wlz"),
    "who.income": ("UWV en Belastingdienst", "UWV and the Tax Administration"),
    "who.housing": ("de woningcorporaties", "the housing corporations"),
    "who.other": ("de overige betalers", "the other payers"),
    "who.participant": ("de deelnemer", "the participant"),
    "part.other": ("overig", "other"),
    "perspective_line": (
        "Perspectief: {budget}, tegenover de investering van de gemeenten; maatschappelijk: de welvaart volgens de "
        "leidraad MKBA, zonder overdrachten.",
        "Perspective: {budget}, set against the municipalities' investment; societal: welfare by the Dutch CBA "
        "guideline, without transfers.",
    ),
    "transfers_caused": (
        "Overdrachten die de aanpak niet veroorzaakt (de bijstand van Joris) tellen niet mee in de begrotingen.",
        "Transfers the approach does not cause (Joris' social assistance) do not count in the budgets.",
    ),
    "price_set_line": ("Andere prijzen: {title}", "Other prices: {title}"),
    "minimum_title_p": (
        "Minimum van {budget}: baten van de aanpak, ook bij 100% recidive",
        "Minimum of {budget}: benefits of the approach, even at 100% recidivism",
    ),
    "investment_title_p": (
        "Investering van de gemeenten tegenover de baten van {budget}",
        "The municipalities' investment against the benefits of {budget}",
    ),
    "comparison_title": (
        "Waar de conclusie op rust: het gemeentelijk resultaat volgens de studie en volgens de leidraad",
        "What the conclusion rests on: the municipal result by the study and by the guideline",
    ),
    "reading.study": ("Studie", "Study"),
    "reading.municipal": ("Leidraad", "Guideline"),
    "reading.municipal-caused": ("Leidraad, zonder bijstand", "Guideline, without bijstand"),
    "comparison.minimum": ("Gemeentelijk minimum", "Municipal minimum"),
    "comparison.part": ("  waarvan {part}", "  of which {part}"),
    "comparison.rate": ("Break-even recidive bij {level}", "Break-even recidivism at {level}"),
    "comparison.participants": ("Min. deelnemers bij {level}", "Min. participants at {level}"),
    "comparison_note": (
        "Studie: de gemeentelijke tabellen van de studie. Leidraad: wat de gemeentelijke begrotingen besparen, naar wie "
        "betaalt (bijlage 4), met de bijstand van Joris zoals de studie die telt; zonder bijstand: alleen overdrachten "
        "die de aanpak veroorzaakt, want tabellen 11-12 laten die bijstand hoe dan ook betalen (--transfers caused).",
        "Study: the study's municipal tables. Guideline: what the municipal budgets save, by who pays (annex 4), with "
        "Joris' social assistance counted as the study counts it; without bijstand: only transfers the approach causes, "
        "because tables 11-12 have that assistance paid in any case (--transfers caused).",
    ),
    "distribution_title": (
        "Verdeling over betalers (leidraad): wie wint en wie verliest, per jaar",
        "Distribution over payers (guideline): who gains and who loses, per year",
    ),
    "actor": ("Betaler", "Payer"),
    "at_zero": ("Zonder recidive", "No recidivism"),
    "at_any": ("Bij elke recidive", "At any recidivism"),
    "of_which_transfers": ("Waarvan overdrachten", "Of which transfers"),
    "pays": ("Betaalt", "Pays"),
    "welfare_total": ("Maatschappij (welvaart)", "Society (welfare)"),
    "distribution_note": (
        "Overdrachten (uitkeringen, toeslagen) wisselen van eigenaar tussen betaler en deelnemer en vallen in de som "
        "weg: die is het welvaartssaldo. Waar een uitkering stopt doordat iemand werkt, is het werkelijke effect zijn "
        "productie (loon); daarvoor heeft de studie geen cijfer.",
        "Transfers (benefits, allowances) change hands between payer and participant and cancel out in the sum: that is "
        "the welfare balance. Where a benefit stops because someone works, the real effect is his production (wage); "
        "the study has no figure for it.",
    ),
    # scenario
    "benefits_by_rate": ("Baten per jaar bij recidive", "Benefits per year by recidivism"),
    "minimum_title": (
        "Gemeentelijk minimum: baten van de aanpak, ook bij 100% recidive",
        "Municipal minimum: benefits of the approach, even at 100% recidivism",
    ),
    "investment_title": ("Investering van de gemeenten en break-even", "The municipalities' investment and break-even"),
    "level.custom": ("opgegeven", "given"),
    "mark.rounding": ("≈ verschil door afronding (hooguit € 1)", "≈ difference from rounding (at most €1)"),
    "mark.unexplained": ("! wijkt af, niet verklaard", "! differs, not explained"),
    "mark.changed": (
        "≠ wijkt af van de studie door de gewijzigde invoer van deze berekening",
        "≠ differs from the study because this run changes its inputs",
    ),
    "no_published": (
        "Geen gepubliceerde cijfers bij deze aantallen of deze verdeling.",
        "No published figures for these numbers or this mix.",
    ),
    # horizon
    "horizon_title": (
        "Tijdshorizon: {years} jaar, discontovoet {rate}, recidive {recidivism}, investering {level}",
        "Time horizon: {years} years, discount rate {rate}, recidivism {recidivism}, investment {level}",
    ),
    "year": ("Jaar", "Year"),
    "horizon.by_curve": ("volgens de curve ({curve})", "by the curve ({curve})"),
    # flows
    "flows.title": ("Deelnemers zoals ze kwamen en gingen: {title}", "Participants as they came and went: {title}"),
    "flows.invented": (
        "VERZONNEN VOORBEELD: deze cijfers zijn geen waarnemingen.",
        "INVENTED SAMPLE: these numbers are not observations.",
    ),
    "flows.notice": ("Let op", "Note"),
    "flows.periods_title": ("Gepubliceerde in- en uitstroom", "Published entries and exits"),
    "flows.period": ("Periode", "Period"),
    "flows.days": ("Dagen", "Days"),
    "flows.entered": ("Ingestroomd", "Entered"),
    "flows.released": ("Uitgestroomd", "Released"),
    "flows.pp": ("waarvan PP", "of which PP"),
    "flows.sent_back": ("Teruggeplaatst", "Sent back"),
    "flows.dropout": ("Uitval", "Drop-out"),
    "flows.occupancy": ("Bezetting HvH", "HvH occupancy"),
    "flows.stay": ("Verblijf (mnd)", "Stay (months)"),
    "flows.leaving": ("Vertrek per jaar", "Leaving a year"),
    "flows.persons": ("Deelnemers", "Participants"),
    "flows.places": ("Plaatsen", "Places"),
    "flows.minimum": ("Minimum ({budget})", "Minimum ({budget})"),
    "flows.at_rate": ("{budget} bij {rate}", "{budget} at {rate}"),
    "flows.closest": ("Bezetting", "Occupancy"),
    "flows.relation.below": ("onder {scenario}", "below {scenario}"),
    "flows.relation.near": ("bij {scenario}", "near {scenario}"),
    "flows.relation.above": ("boven {scenario}", "above {scenario}"),
    "flows.observed_title": (
        "De {benefits} bij de waargenomen aantallen: elke periode een jaar lang in haar tempo",
        "The {benefits} at the observed numbers: each period for a year at its pace",
    ),
    "flows.scenarios_title": (
        "De scenario's van de studie als bezette plaatsen: gemiddeld verblijf {stay} maanden, uitval {dropout}",
        "The study's scenarios as places filled: average stay {stay} months, drop-out {dropout}",
    ),
    "flows.note": (
        "Een bezette plaats houdt één deelnemer zo lang als hij blijft (ten hoogste 18 maanden): vertrek per jaar = "
        "bezetting × 12 / verblijf in maanden, en het verblijf volgt zo uit bezetting, dagen en vertrek (de wet van "
        "Little). De studie leest 20 bezette plaatsen als 20 deelnemers per jaar: een verblijf van 12 maanden, zonder "
        "uitval. Uitval: het deel van wie vertrekt dat wordt teruggeplaatst; zij brengen niets op. Baten met de mix van "
        "het {scenario}, bij recidive {rate}: in de scenario's van de studie hele deelnemers, zoals zij telt; in de "
        "waargenomen perioden elke vertrekker als de gemiddelde deelnemer van de mix, want van echte deelnemers is de "
        "persona niet bekend (zoals `hvh-kba monitor`).",
        "A place filled holds one participant for as long as he stays (at most 18 months): leaving a year = occupancy "
        "x 12 / stay in months, and so the stay follows from occupancy, days and leavers (Little's law). The study reads "
        "20 places filled as 20 participants a year: a stay of 12 months, without drop-out. Drop-out: the share of "
        "those leaving who are sent back; they bring nothing. Benefits with the mix of the {scenario}, at recidivism "
        "{rate}: in the study's scenarios whole participants, as it counts them; in the observed periods each leaver as "
        "the mix's average participant, since real participants' personas are unknown (as `hvh-kba monitor`).",
    ),
    # monitor
    "monitor.title": ("Monitoring: {title}", "Monitoring: {title}"),
    "monitor.periods_title": ("In- en uitstroom per periode", "Entries and exits per period"),
    "monitor.participant_years": ("Deelnemersjaren", "Participant-years"),
    "monitor.benefits_title": (
        "De {benefits} van wie uitstroomde, tegenover wat is betaald",
        "The {benefits} of those released, against what was paid",
    ),
    "monitor.at_recorded": ("{budget} bij {rate} (gemeten)", "{budget} at {rate} (recorded)"),
    "monitor.paid": ("Betaald", "Paid"),
    "monitor.net": ("Saldo", "Net"),
    "monitor.outcomes_title": ("Wat de registratie zegt van de {n} uitgestroomden", "What the records say of the {n} released"),
    "monitor.outcomes_title.one": ("Wat de registratie zegt van de ene uitgestroomde", "What the records say of the one released"),
    "monitor.outcome": ("Uitkomst", "Outcome"),
    "monitor.yes": ("Ja", "Yes"),
    "monitor.known": ("Bekend", "Known"),
    "monitor.housing": ("Woonplek bij vertrek", "Housing on release"),
    "monitor.income": ("Inkomen bij vertrek", "Income on release"),
    "monitor.reconvicted": ("Opnieuw veroordeeld (gevolgd)", "Reconvicted (followed)"),
    "monitor.municipalities_title": (
        "Per gemeente: baten naar herkomst van de uitgestroomden, betaald naar {funding}",
        "Per municipality: benefits by where those released come from, paid by {funding}",
    ),
    "monitor.unknown_origin": (
        "Van {n} uitgestroomden is de gemeente niet geregistreerd; de baten zijn verdeeld naar wie wel bekend is.",
        "For {n} released participants no municipality is recorded; the benefits are divided by those that are.",
    ),
    "monitor.unknown_origin.one": (
        "Van één uitgestroomde is de gemeente niet geregistreerd; de baten zijn verdeeld naar wie wel bekend is.",
        "For one released participant no municipality is recorded; the benefits are divided by those that are.",
    ),
    "monitor.no_origin": (
        "De registratie noemt bij geen uitgestroomde de gemeente van herkomst: geen verdeling per gemeente.",
        "The records give no released participant's municipality of origin: no division per municipality.",
    ),
    "monitor.note": (
        "Elke uitgestroomde deelnemer brengt het jaar aan baten dat de studie per deelnemer telt, als gemiddelde deelnemer "
        "van de mix (de persona's van echte deelnemers zijn niet bekend), bij recidive {rate} en, waar de registratie "
        "het zegt, bij de gemeten herveroordeling (over de tijd dat ze gevolgd zijn, vaak korter dan de twee jaar van het "
        "landelijke cijfer). Teruggeplaatsten brengen niets op. Saldo: de {benefits} bij {rate} min wat is betaald.",
        "Each released participant brings the year of benefits the study counts per participant, as the mix's average "
        "participant (real participants' personas are not known), at recidivism {rate} and, where the records say, at "
        "the recorded reconviction (over the time they were followed, often shorter than the national figure's two years). "
        "Those sent back bring nothing. Net: the {benefits} at {rate} minus what was paid.",
    ),
    "monitor.paid_assumed": (
        "Het bestand noemt niet voor elke periode wat er is betaald: gerekend met de besloten bijdrage naar rato van de dagen.",
        "The file does not give every period's payment: the decided contribution pro rata by days is used.",
    ),
    # measure
    "measure.title": ("Wat eerst meten: de waarde van informatie ({scenario})", "What to measure first: the value of information ({scenario})"),
    "measure.decision": (
        "Beslissing: doorgaan met {level} ({amount}) of stoppen. Verwacht saldo van doorgaan, met de {benefits}: {net} per "
        "jaar; in {share} van de trekkingen halen ze de investering.",
        "Decision: continue at {level} ({amount}) or stop. Expected net result of continuing, with the {benefits}: {net} a "
        "year; in {share} of the draws they reach the investment.",
    ),
    "measure.evpi": (
        "Alles vooraf weten is deze beslissing {evpi} per jaar waard (de verwachte waarde van volledige informatie, EVPI).",
        "Knowing everything beforehand is worth {evpi} a year to this decision (the expected value of perfect information, EVPI).",
    ),
    "measure.table": ("Wat het waard is één ding vooraf te weten (EVPPI), per jaar", "What knowing one thing beforehand is worth (EVPPI), a year"),
    "measure.group": ("Weten", "Knowing"),
    "measure.value": ("Waarde per jaar", "Value a year"),
    "measure.share": ("Deel van EVPI", "Share of EVPI"),
    "measure.how": ("Hoe te meten", "How to measure"),
    "measure.reading": (
        "Het meest waard is te weten: {group}, {value} per jaar, {share} van wat alles weten waard is. Meten: {how}. Een "
        "waarde van € 0 betekent: dat weten verandert de beslissing binnen de ranges niet.",
        "Most worth knowing: {group}, {value} a year, {share} of what knowing everything is worth. To measure: {how}. A "
        "value of €0 means: knowing it does not change the decision within the ranges.",
    ),
    "measure.no_value": (
        "De beslissing hangt binnen de ranges niet van de onzekerheid af: geen meting verandert haar.",
        "Within the ranges the decision does not depend on the uncertainty: no measurement changes it.",
    ),
    "measure.method": (
        "Methode: de regressiemethode van Strong, Oakley en Brennan (2014, Medical Decision Making 34:311-326): het saldo "
        "van elke trekking geregresseerd op de invoer van een groep (natuurlijke kubische splines), in twee doorgangen "
        "over dezelfde trekkingen. R²: het deel van de spreiding van het saldo dat de groep verklaart. De waarden tellen niet "
        "op: twee dingen samen weten kan meer of minder waard zijn dan beide apart.",
        "Method: the regression method of Strong, Oakley and Brennan (2014, Medical Decision Making 34:311-326): each "
        "draw's net result regressed on a group's inputs (natural cubic splines), in two passes over the same draws. R²: "
        "the share of the net result's spread the group explains. The values do not add up: knowing two things together can be "
        "worth more or less than both apart.",
    ),
    "input.places": ("bezetting", "occupancy"),
    "input.stay": ("verblijfsduur", "length of stay"),
    "input.dropout": ("uitval", "drop-out"),
    "measure.correlation": ("Correlatie {a} en {b}: {rho}; {note}", "Correlation of {a} and {b}: {rho}; {note}"),
    # recidivism over the years (scenario --curve)
    "path.title": (
        "Recidive in de jaren na vrijlating: één cohort van {n} deelnemers, {curve}, {effect}, discontovoet {rate}",
        "Recidivism in the years after release: one cohort of {n} participants, {curve}, {effect}, discount rate {rate}",
    ),
    "path.effect": ("met Huis van Herstel {effect} lager", "with Huis van Herstel {effect} lower"),
    "path.own_curve": ("met Huis van Herstel: {curve}", "with Huis van Herstel: {curve}"),
    "path.year": ("Jaar", "Year"),
    "path.null": ("Zonder HvH (cum.)", "Without HvH (cum.)"),
    "path.hvh": ("Met HvH (cum.)", "With HvH (cum.)"),
    "path.avoided": ("Vermeden", "Avoided"),
    "path.present_value": ("Contante waarde", "Present value"),
    "path.study": ("De studie: alles in jaar 1", "The study: all in year 1"),
    "path.total_title": (
        "Het cohort over alle jaren, contant, naast de lezing van de studie (zonder Huis van Herstel recidiveert iedereen "
        "binnen het jaar)",
        "The cohort over all years, discounted, beside the study's reading (without Huis van Herstel everyone reoffends "
        "within the year)",
    ),
    "path.reading": ("Lezing", "Reading"),
    "path.avoided_total": ("Vermeden", "Avoided"),
    "path.detention_days": ("Dagen detentie", "Days of detention"),
    "path.detention_price": ("Prijs per dag", "Price a day"),
    "path.break_even_title": (
        "Benodigd effect: hoeveel lager dan zonder Huis van Herstel de curve moet liggen opdat de {benefits} van één "
        "cohort (contante waarde) de investering halen",
        "Effect needed: how far below the curve without Huis van Herstel the curve must lie for one cohort's {benefits} "
        "(present value) to reach the investment",
    ),
    "path.needed_effect": ("Benodigd effect", "Effect needed"),
    "path.none_needed": ("geen: de aanpak zelf volstaat", "none: the approach alone suffices"),
    "path.unreachable": ("onhaalbaar, ook zonder enige recidive", "out of reach, even without any reoffending"),
    "path.reoffence_title": ("Wat één vermeden recidive bespaart, per persoon", "What one avoided reoffence saves, per person"),
    "path.note": (
        "{curve}: {measure}; {title}. Vorm tussen de punten: {assumption} Eén cohort zijn de deelnemers die in één jaar "
        "vertrekken: de baten van de aanpak zelf tellen in hun eerste jaar, een vermeden recidive in het jaar waarin die "
        "zou zijn gebeurd, en elke vermeden recidive één keer (de eerste; latere recidive telt de studie niet).",
        "{curve}: {measure}; {title}. Shape between the points: {assumption} A cohort is the participants who leave in "
        "one year: the approach's own benefits count in their first year, an avoided reoffence in the year it would have "
        "happened, and each avoided reoffence once (the first; the study counts no later reoffending).",
    ),
    "discount_factor": ("Factor", "Factor"),
    "municipal_net_present": ("Saldo gem. contant", "Mun. net, PV"),
    "societal_net_present": ("Saldo maatsch. contant", "Soc. net, PV"),
    "npv": ("NCW", "NPV"),
    "year_n": ("jaar {year}", "year {year}"),
    "payback": ("Terugverdiend ({perspective}): {year}", "Paid back ({perspective}): {year}"),
    "never": ("niet binnen de horizon", "not within the horizon"),
    # scenarios
    "scenarios_title": ("De drie scenario's naast elkaar", "The three scenarios side by side"),
    "measure": ("Uitkomst", "Outcome"),
    "societal_at": ("Maatschappelijke baten bij {rate} recidive", "Societal benefits at {rate} recidivism"),
    "municipal_at": ("Gemeentelijke baten bij {rate} recidive", "Municipal benefits at {rate} recidivism"),
    "minimum": ("Gemeentelijk minimum", "Municipal minimum"),
    "minimum_of": ("Minimum, {who}", "Minimum, {who}"),
    "benefits_of_at": ("Baten, {who}, bij {rate} recidive", "Benefits, {who}, at {rate} recidivism"),
    "minimum_share": ("  waarvan {law}", "  of which {law}"),
    "ratio_to": ("Minimum / {level}", "Minimum / {level}"),
    "break_even_to": ("Break-even recidive bij {level}", "Break-even recidivism at {level}"),
    # verify
    "verify_title": ("Controle van de gepubliceerde cijfers", "Check of the published figures"),
    "figure": ("Cijfer", "Figure"),
    "line": ("Regel", "Line"),
    "model": ("Model", "Model"),
    "delta": ("Verschil", "Difference"),
    "status": ("Status", "Status"),
    "erratum": ("Erratum", "Erratum"),
    "almost": ("bijna", "almost"),
    "status.match": ("gelijk", "match"),
    "status.rounding": ("afronding", "rounding"),
    "status.erratum": ("erratum", "erratum"),
    "status.unexplained": ("onverklaard", "unexplained"),
    "status.restated": ("herhaalt invoer", "restates input"),
    "status.unexplained-known": ("bekend, onverklaard", "known, unexplained"),
    "status.changed-input": ("afwijkend door gewijzigde invoer", "differs by changed input"),
    "verify_summary": (
        "{total} cijfers, waarvan {checked} controles: {match} gelijk, {rounding} afronding, {erratum} erratum, "
        "{unexplained} onverklaard. Geen controle: {restated} herhalen alleen invoer, {unexplained_known} wijken af "
        "zonder bekende oorzaak.",
        "{total} figures, {checked} of them checks: {match} match, {rounding} rounding, {erratum} erratum, "
        "{unexplained} unexplained. Not checks: {restated} only restate input, {unexplained_known} differ for no "
        "known reason.",
    ),
    "verify_summary.changed": (
        "{total} cijfers, waarvan {checked} controles: {match} gelijk, {rounding} afronding, {erratum} erratum, "
        "{changed_input} afwijkend door gewijzigde invoer, {unexplained} onverklaard. Geen controle: {restated} herhalen "
        "alleen invoer, {unexplained_known} wijken af zonder bekende oorzaak.",
        "{total} figures, {checked} of them checks: {match} match, {rounding} rounding, {erratum} erratum, "
        "{changed_input} differ by changed input, {unexplained} unexplained. Not checks: {restated} only restate input, "
        "{unexplained_known} differ for no known reason.",
    ),
    "errata_title": ("Errata: waar de studie zichzelf tegenspreekt", "Errata: where the study contradicts itself"),
    "remarks_note": (
        "Daarnaast {count} opmerkingen over de bron die geen cijfer veranderen (zie published/errata.yaml).",
        "Besides, {count} remarks on the source that change no figure (see published/errata.yaml).",
    ),
    "remarks_note.below": (
        "Daarnaast {count} opmerkingen over de bron die geen cijfer veranderen: zie hieronder.",
        "Besides, {count} remarks on the source that change no figure: see below.",
    ),
    "remarks_title": ("Opmerkingen over de bron die geen cijfer veranderen", "Remarks on the source that change no figure"),
    "remark": ("Opmerking", "Remark"),
    "report.footer": ("pagina", "page"),
    "report.footer_of": ("van", "of"),
    "changed_run": (
        "Let op: deze berekening wijkt af van de aannames van de studie.",
        "Note: this run departs from the study's assumptions.",
    ),
    "changed_data": (
        "Let op: deze gegevens wijken af van die van de studie: {what}.",
        "Note: these data differ from the study's: {what}.",
    ),
    "kind.pricelist": ("prijslijst", "price list"),
    "kind.persona": ("persona", "persona"),
    "kind.scenario": ("scenario", "scenario"),
    "kind.municipalities": ("gemeenten", "municipalities"),
    "kind.indices": ("indexreeks", "index series"),
    "kind.recidivism": ("recidivecurve", "recidivism curve"),
    "kind.flows": ("in- en uitstroom", "flows"),
    # persona
    "profile": ("Profiel", "Profile"),
    "age": ("Leeftijd", "Age"),
    "characteristics": ("Kenmerken", "Characteristics"),
    "risk_factors": ("Risicofactoren", "Risk factors"),
    "offences": ("Delicten", "Offences"),
    "goals": ("Doelen Huis van Herstel", "Goals in Huis van Herstel"),
    "costs_title": ("Kosten na uitstroom (per jaar)", "Costs after release (per year)"),
    "municipal_costs_title": ("Gemeentelijke kosten per wet", "Municipal costs by law"),
    "municipal_benefits_title": ("Gemeentelijke baten per wet", "Municipal benefits by law"),
    "item": ("Post", "Item"),
    "basis": ("Toelichting", "Basis"),
    "unit_price": ("Prijs", "Price"),
    "quantity": ("Aantal", "Quantity"),
    "link": ("Groep", "Group"),
    "link.recidivism": ("geen recidive", "no recidivism"),
    "link.approach": ("aanpak HvH", "HvH approach"),
    "subtotal.recidivism": ("Subtotaal geen recidive", "Subtotal no recidivism"),
    "subtotal.approach": ("Subtotaal aanpak", "Subtotal approach"),
    "benefits_recidivism_title": ("Baten van een jaar geen recidive", "Benefits of a year without recidivism"),
    "benefits_approach_title": ("Baten van de aanpak van het Huis van Herstel", "Benefits of the Huis van Herstel approach"),
    "deviates": (
        "* prijs wijkt af van de prijslijst ({listed})",
        "* price differs from the price list ({listed})",
    ),
    "municipal_only": ("(alleen in de gemeentelijke tabel)", "(only in the municipal table)"),
    # personas
    "personas_title": ("Persona's: kosten en baten per jaar", "Personas: costs and benefits per year"),
    "persona": ("Persona", "Persona"),
    "mix_share": ("Aandeel", "Share"),
    "costs": ("Kosten", "Costs"),
    "costs_municipal": ("Kosten gemeente", "Municipal costs"),
    "benefits": ("Baten", "Benefits"),
    "benefits_municipal": ("Baten gemeente", "Municipal benefits"),
    "approach_municipal": ("Minimum gemeente", "Municipal minimum"),
    # pricelist
    "pricelist_title": ("Prijslijst {id}", "Price list {id}"),
    "price": ("Prijs", "Price"),
    "unit": ("Eenheid", "Unit"),
    "payer": ("Betaler", "Payer"),
    "transfer_note": (
        "† overdracht (uitkering of toeslag): geld dat van eigenaar wisselt, geen verbruik van middelen",
        "† transfer (benefit or allowance): money that changes hands, not resources used",
    ),
    "source": ("Bron", "Source"),
    "no_items": ("Geen posten gevonden.", "No items found."),
    # breakeven
    "breakeven_title": ("Break-even: gemeentelijk saldo per bezetting en recidive", "Break-even: municipal net result by occupancy and recidivism"),
    "grid_title": (
        "Gemeentelijke baten min investering ({level}: {amount}), in duizenden euro's",
        "Municipal benefits minus investment ({level}: {amount}), in thousands of euros",
    ),
    "grid_title.budget": (
        "Baten van {budget} min investering ({level}: {amount}), in duizenden euro's",
        "Benefits of {budget} minus investment ({level}: {amount}), in thousands of euros",
    ),
    "occupancy": ("Bezetting", "Occupancy"),
    "breakeven_levels": ("Break-even per investeringsniveau", "Break-even by investment level"),
    "min_occ_0": ("Min. bezetting bij 0%", "Min. occupancy at 0%"),
    "min_occ_100": ("Min. bezetting bij 100%", "Min. occupancy at 100%"),
    "max_rate_at": ("Max. recidive bij {n}", "Max. recidivism at {n}"),
    # pricelist diff
    "diff_title": ("Prijslijsten vergeleken: {a} en {b}", "Price lists compared: {a} and {b}"),
    "diff_items": ("Posten die verschillen", "Items that differ"),
    "absent": ("(ontbreekt)", "(absent)"),
    "no_differences": ("Geen verschillen in prijzen.", "No differences in prices."),
    "diff_effects": (
        "Effect per scenario (baten per jaar; recidive: de aanwijzing van de studie)",
        "Effect per scenario (benefits per year; recidivism: the study's pointer)",
    ),
    "scenario": ("Scenario", "Scenario"),
    "minimum_short": ("Minimum", "Minimum"),
    # municipalities
    "municipalities_title": ("Gemeenten: {funding}", "Municipalities: {funding}"),
    "assumption": ("Aanname", "Assumption"),
    "savings_basis": (
        "Besparing: {basis} in het {scenario}, over de gemeenten verdeeld {by}",
        "Savings: {basis} in the {scenario}, divided over the municipalities {by}",
    ),
    "basis.minimum": ("het gemeentelijk minimum (baten van de aanpak)", "the municipal minimum (the approach's benefits)"),
    "basis.rate": ("de gemeentelijke baten bij {rate} recidive", "the municipal benefits at {rate} recidivism"),
    "municipality": ("Gemeente", "Municipality"),
    "region": ("Regio", "Region"),
    "pays": ("Betaalt", "Pays"),
    "saves": ("Bespaart", "Saves"),
    "saves_in": ("Besparing die hier landt", "Savings landing here"),
    "net": ("Saldo", "Net"),
    "per_municipality": ("Per gemeente (per jaar)", "Per municipality (per year)"),
    "per_budget": ("Wie betaalt, wie bespaart: per budget", "Who pays, who saves: by budget"),
    "budget": ("Budget", "Budget"),
    "budget_note": (
        "Maatschappelijke opvang en beschermd wonen zijn regionale BW/MO-taken: die besparing landt in het budget "
        "van de regio van de deelnemer; bijstand, bewindvoering en schuldhulpverlening (Participatiewet) en de "
        "overige Wmo lokaal, in de eigen gemeente.",
        "Shelter and sheltered housing are regional BW/MO tasks: that saving lands in the budget of the "
        "participant's region; social assistance, financial administration and debt counselling "
        "(Participatiewet) and the rest of the Wmo locally, in the municipality itself.",
    ),
    "key.inhabitants": ("naar inwonertal", "by inhabitants"),
    "key.file": ("naar {file}", "by {file}"),
    # report
    "report.title": ("Huis van Herstel Twente: kosten en baten", "Huis van Herstel Twente: costs and benefits"),
    "report.subtitle": (
        "{scenario}, herberekend uit de impactstudie (2024) door hvh-kba {version}",
        "{scenario}, recomputed from the impact study (2024) by hvh-kba {version}",
    ),
    "report.summary": ("Samenvatting", "Summary"),
    "report.scenarios": ("Scenario's", "Scenarios"),
    "whatif.title": ("Zelf rekenen", "Explore"),
    "whatif.intro": (
        "Kies een bezetting, een recidive, een investering en wiens geld: de uitkomsten zijn vooraf door hvh-kba berekend "
        "voor elke keuze (mix en capaciteit van het {scenario}).",
        "Choose an occupancy, a recidivism rate, an investment and whose money: the results were computed beforehand by "
        "hvh-kba for every choice (mix and capacity of the {scenario}).",
    ),
    "whatif.participants": ("Deelnemers", "Participants"),
    "whatif.recidivism": ("Recidive", "Recidivism"),
    "whatif.level": ("Investering", "Investment"),
    "whatif.perspective": ("Perspectief", "Perspective"),
    "whatif.benefits": ("Baten per jaar", "Benefits a year"),
    "whatif.net": ("Saldo tegen de investering", "Net against the investment"),
    "whatif.break_even": ("Break-even recidive bij deze bezetting", "Break-even recidivism at this occupancy"),
    "whatif.min_participants": ("Minimale bezetting bij elke recidive", "Minimum occupancy at any recidivism"),
    "whatif.chart": ("Baten per bezetting bij deze recidive; de lijn is de investering", "Benefits by occupancy at this recidivism; the line is the investment"),
    "report.sensitivity": ("Gevoeligheid", "Sensitivity"),
    "report.municipalities": ("Wie betaalt, wie bespaart", "Who pays, who saves"),
    "report.personas": ("Persona's", "Personas"),
    "report.pricelist": ("Prijslijst", "Price list"),
    "report.verify": ("Controle van de gepubliceerde cijfers", "Check of the published figures"),
    "n_participants": ("{n} deelnemers", "{n} participants"),
    "n_participants.one": ("1 deelnemer", "1 participant"),
    "summary.minimum": (
        "Bij {participants} besparen de gemeenten samen minstens {minimum} per jaar: de baten van de aanpak zelf, "
        "die er ook zijn als iedere deelnemer opnieuw de fout ingaat{parts}.",
        "With {participants} the municipalities together save at least {minimum} a year: the benefits of the "
        "approach itself, which remain even if every participant reoffends{parts}.",
    ),
    "summary.minimum.budget": (
        "Bij {participants} zijn de baten voor {who} minstens {minimum} per jaar: de baten van de aanpak zelf, "
        "die er ook zijn als iedere deelnemer opnieuw de fout ingaat{parts}.",
        "With {participants} the benefits to {who} are at least {minimum} a year: the benefits of the "
        "approach itself, which remain even if every participant reoffends{parts}.",
    ),
    "summary.decided": (
        "Dat is {ratio} van de besloten bijdrage van {decided}: {surplus} {word}.",
        "That is {ratio} of the decided contribution of {decided}: {surplus} {word}.",
    ),
    "summary.decided.equal": (
        "Dat is precies de besloten bijdrage van {decided}.",
        "That is exactly the decided contribution of {decided}.",
    ),
    "summary.from": (
        "Vanaf {participants} halen de {benefits} die bijdrage bij elk recidivepercentage.",
        "From {participants} on the {benefits} reach that contribution at any recidivism rate.",
    ),
    "summary.from_any": (
        "De {benefits} halen die bijdrage bij elke bezetting en elk recidivepercentage.",
        "The {benefits} reach that contribution at any occupancy and any recidivism rate.",
    ),
    "summary.from_none": (
        "Bij geen bezetting tot de {capacity} plaatsen halen de {benefits} die bijdrage bij elk recidivepercentage.",
        "At no occupancy up to the {capacity} places do the {benefits} reach that contribution at any recidivism rate.",
    ),
    "summary.benefits": ("gemeentelijke baten", "municipal benefits"),
    "summary.benefits.budget": ("baten voor {who}", "benefits to {who}"),
    "summary.more": ("meer dan de bijdrage", "more than the contribution"),
    "summary.less": ("minder dan de bijdrage", "less than the contribution"),
    "summary.maximum": (
        "Tegen de maximale investering uit de studie ({maximum}) halen de {benefits} het tot een recidive van {rate}.",
        "Against the study's maximum investment ({maximum}) the {benefits} suffice up to a recidivism of {rate}.",
    ),
    "summary.maximum.any": (
        "Tegen de maximale investering uit de studie ({maximum}) halen de {benefits} het bij elk recidivepercentage.",
        "Against the study's maximum investment ({maximum}) the {benefits} suffice at any recidivism rate.",
    ),
    "summary.maximum.none": (
        "Tegen de maximale investering uit de studie ({maximum}) halen de {benefits} het bij geen recidivepercentage, "
        "ook niet zonder recidive.",
        "Against the study's maximum investment ({maximum}) the {benefits} suffice at no recidivism rate, not even "
        "without recidivism.",
    ),
    "summary.societal": (
        "Voor de samenleving als geheel zijn de baten {low} per jaar bij {high_rate} recidive en {high} zonder recidive "
        "(de studie publiceert bij {high_rate} {published}).",
        "For society as a whole the benefits are {low} a year at {high_rate} recidivism and {high} without recidivism "
        "(the study publishes {published} at {high_rate}).",
    ),
    "summary.societal.unpublished": (
        "Voor de samenleving als geheel zijn de baten {low} per jaar bij {high_rate} recidive en {high} zonder recidive.",
        "For society as a whole the benefits are {low} a year at {high_rate} recidivism and {high} without recidivism.",
    ),
    "summary.societal.guideline": (
        "Voor de samenleving als geheel (de welvaart volgens de leidraad, zonder overdrachten) zijn de baten {low} per "
        "jaar bij {high_rate} recidive en {high} zonder recidive.",
        "For society as a whole (welfare by the guideline, without transfers) the benefits are {low} a year at "
        "{high_rate} recidivism and {high} without recidivism.",
    ),
    "summary.verify": (
        "Van de {total} gepubliceerde cijfers zijn er {checked} door het model na te rekenen: {match} komen precies "
        "uit en {rounding} op afronding na; {erratum} wijken af omdat de bronnen zichzelf tegenspreken (zie de "
        "controle achterin); {unexplained} zijn onverklaard. {restated} cijfers herhalen alleen invoer; van "
        "{unexplained_known} is de oorzaak van het verschil onbekend.",
        "Of the {total} published figures, {checked} can be recomputed by the model: {match} come out exactly and "
        "{rounding} up to rounding; {erratum} differ because the sources contradict themselves (see the check at the "
        "end); {unexplained} are unexplained. {restated} figures only restate input; for {unexplained_known} the "
        "cause of the difference is unknown.",
    ),
    "summary.verify.changed": (
        "Van de {total} gepubliceerde cijfers zijn er {checked} door het model na te rekenen: {match} komen precies "
        "uit en {rounding} op afronding na; {erratum} wijken af omdat de bronnen zichzelf tegenspreken (zie de "
        "controle achterin); {changed_input} wijken af door de gewijzigde invoer van deze berekening; {unexplained} zijn onverklaard. {restated} cijfers herhalen alleen invoer; van "
        "{unexplained_known} is de oorzaak van het verschil onbekend.",
        "Of the {total} published figures, {checked} can be recomputed by the model: {match} come out exactly and "
        "{rounding} up to rounding; {erratum} differ because the sources contradict themselves (see the check at the "
        "end); {changed_input} differ because this run changes the input; {unexplained} are unexplained. {restated} figures only restate input; for {unexplained_known} the "
        "cause of the difference is unknown.",
    ),
    "chart.occupancy": ("Bezetting (deelnemers)", "Occupancy (participants)"),
    "chart.municipal_benefits": ("Gemeentelijke baten per jaar", "Municipal benefits per year"),
    "chart.per_year": ("Baten per jaar", "Benefits per year"),
    "chart.municipal_net": ("Gemeentelijk saldo per jaar", "Municipal net result per year"),
    "chart.break_even": ("Break-even: gemeentelijke baten en bezetting ({scenario})", "Break-even: municipal benefits and occupancy ({scenario})"),
    "chart.break_even_caption": (
        "Gemeentelijke baten bij elke bezetting voor vier recidivepercentages; de horizontale lijnen zijn de investeringsniveaus.",
        "Municipal benefits at every occupancy for four recidivism rates; the horizontal lines are the investment levels.",
    ),
    "chart.by_law": ("Baten per scenario bij {rate} recidive", "Benefits per scenario at {rate} recidivism"),
    "chart.by_law_caption": (
        "Maatschappelijke baten naast de gemeentelijke, die naar wet gestapeld, bij {rate} recidive.",
        "Societal benefits beside the municipal ones, stacked by law, at {rate} recidivism.",
    ),
    "chart.tornado": ("Gevoeligheid van het gemeentelijk saldo ({scenario})", "Sensitivity of the municipal net result ({scenario})"),
    "chart.tornado_caption": (
        "Het gemeentelijk saldo bij de lage (oranje) en hoge (blauw) waarde van elke invoer; de zwarte lijn is de basis.",
        "The municipal net result at each input's low (orange) and high (blue) value; the black line is the base.",
    ),
    "chart.benefits_axis.budget": ("Baten voor {who} per jaar", "Benefits to {who} per year"),
    "chart.net_axis.budget": ("Saldo voor {who} per jaar", "Net result for {who} per year"),
    "chart.break_even.budget": ("Break-even: baten voor {who} en bezetting ({scenario})",
                                "Break-even: benefits to {who} and occupancy ({scenario})"),
    "chart.break_even_caption.budget": (
        "Baten voor {who} bij elke bezetting voor vier recidivepercentages; de horizontale lijnen zijn de investeringsniveaus.",
        "Benefits to {who} at every occupancy for four recidivism rates; the horizontal lines are the investment levels.",
    ),
    "chart.by_law_caption.budget": (
        "De welvaart volgens de leidraad naast de baten voor {who}, bij {rate} recidive.",
        "Welfare by the guideline beside the benefits to {who}, at {rate} recidivism.",
    ),
    "chart.by_law_caption.welfare": (
        "De welvaart volgens de leidraad, zonder overdrachten, bij {rate} recidive.",
        "Welfare by the guideline, without transfers, at {rate} recidivism.",
    ),
    "chart.tornado.budget": ("Gevoeligheid van het saldo voor {who} ({scenario})", "Sensitivity of the net result for {who} ({scenario})"),
    "chart.tornado_caption.budget": (
        "Het saldo voor {who} bij de lage (oranje) en hoge (blauw) waarde van elke invoer; de zwarte lijn is de basis.",
        "The net result for {who} at each input's low (orange) and high (blue) value; the black line is the base.",
    ),
    "screen.too_narrow": (
        "(Deze tabel past niet in {columns} kolommen zonder getallen af te breken; maak het venster breder of gebruik --format csv.)",
        "(This table does not fit in {columns} columns without cutting numbers; widen the window or use --format csv.)",
    ),
    "written": ("Geschreven: {path}", "Written: {path}"),
    "yes": ("ja", "yes"),
    "xlsx.parameters": ("Parameters", "Parameters"),
    "xlsx.about": ("Over deze berekening", "About this run"),
    "xlsx.param.baseline": ("Recidive zonder Huis van Herstel (nulalternatief)", "Recidivism without Huis van Herstel (null alternative)"),
    "xlsx.param.deadweight": ("Deadweight (deel van de baten van de aanpak dat er toch was)", "Deadweight (share of the approach's benefits that would have come anyway)"),
    "xlsx.param.dropout": ("Uitval (deel van de deelnemers teruggeplaatst)", "Drop-out (share of participants sent back)"),
    "xlsx.weights": (
        "Gewichten van de regel: baat = aanpak x gewicht aanpak + recidive x behouden x (nulalternatief - recidive)",
        "Weights of the rule: benefit = approach x approach weight + recidivism x kept x (null alternative - recidivism)",
    ),
    "xlsx.weight.approach": ("Gewicht aanpak: (1 - uitval) x (1 - deadweight)", "Approach weight: (1 - drop-out) x (1 - deadweight)"),
    "xlsx.weight.kept": ("Behouden: 1 - uitval", "Kept: 1 - drop-out"),
    "xlsx.weight.baseline": ("Nulalternatief", "Null alternative"),
    "xlsx.pricelist": ("Prijslijst", "Price list"),
    "xlsx.transfer": ("Overdracht", "Transfer"),
    "xlsx.published": ("Gepubliceerd", "Published"),
    "xlsx.section": ("Tabel", "Table"),
    "xlsx.societal_flag": ("Maatschappelijk (1/0)", "Societal (1/0)"),
    "xlsx.municipal_flag": ("Gemeentelijk (1/0)", "Municipal (1/0)"),
    "xlsx.flag": ("{who} (1/0/-1)", "{who} (1/0/-1)"),
    "xlsx.costs_societal": ("Kosten, maatschappelijk", "Costs, societal"),
    "xlsx.costs_municipal": ("Kosten, gemeentelijk", "Costs, municipal"),
    "xlsx.benefits_societal_approach": ("Baten maatschappelijk, aanpak", "Societal benefits, approach"),
    "xlsx.benefits_societal_recidivism": ("Baten maatschappelijk, geen recidive", "Societal benefits, no recidivism"),
    "xlsx.benefits_municipal_approach": ("Baten gemeentelijk, aanpak", "Municipal benefits, approach"),
    "xlsx.benefits_municipal_recidivism": ("Baten gemeentelijk, geen recidive", "Municipal benefits, no recidivism"),
    "xlsx.benefits_law_approach": ("Baten {law}, aanpak", "Benefits {law}, approach"),
    "xlsx.benefits_law_recidivism": ("Baten {law}, geen recidive", "Benefits {law}, no recidivism"),
    "xlsx.price_note.list": (
        "Kolom C is de prijs van de prijslijst. Een regel van een persona rekent met kolom E van een rij hieronder: de "
        "prijs van de lijst, of de eigen prijs van zijn tabel.",
        "Column C is the price list's price. A persona's line uses column E of a row below: the list's price, or its "
        "table's own price.",
    ),
    "xlsx.price_note.own": (
        "Oranje rijen onder een post: een prijs die de tabellen van de studie zelf gebruiken in plaats van die van de lijst "
        "(kolom K noemt de regels). Een andere prijs in kolom C van de post verandert die regels niet, zoals een andere prijs "
        "in het prijslijstbestand in hvh-kba; verander daarvoor kolom C van de oranje rij.",
        "Orange rows beneath an item: a price the study's tables use themselves instead of the list's (column K names the "
        "lines). Another price in the item's column C leaves those lines alone, as another price in the price list file "
        "does in hvh-kba; change the orange row's column C for them.",
    ),
    "xlsx.price_note.set": (
        "Kolom D vervangt de prijs van een post overal, ook de eigen prijzen van de tabellen, zoals --set post=euro's: 250 in "
        "kolom D geeft wat --set post=250 geeft, hetzelfde als 250 in kolom C van de post en van elke oranje rij eronder. "
        "Leeg: niets vervangen; een berekening met --set of --price-set zet haar prijzen hier.",
        "Column D replaces an item's price everywhere, the tables' own prices included, as --set item=euros does: 250 in "
        "column D gives what --set item=250 gives, the same as 250 in column C of the item and of every orange row beneath "
        "it. Empty: nothing replaced; a run with --set or --price-set puts its prices here.",
    ),
    "xlsx.set_price": ("Vervangen (--set)", "Replaced (--set)"),
    "xlsx.used_price": ("Gebruikte prijs", "Price used"),
    "xlsx.own_price_of": ("Eigen prijs van de tabel bij", "Table's own price, for"),
    "xlsx.own_price_label": ("{item}: eigen prijs van de tabel", "{item}: the table's own price"),
    "xlsx.scenario_note.inputs": (
        "Verander de gele cellen: deelnemers, recidive, investeringsniveau, het aandeel van elke persona en de "
        "investeringsbedragen; alle bedragen op dit blad volgen, de grafiek ook.",
        "Change the yellow cells: participants, recidivism, investment level, each persona's share and the investment "
        "amounts; every amount on this sheet follows, the chart too.",
    ),
    "xlsx.scenario_note.allocation": (
        "De verdeling over de persona's rekent het blad zelf uit, zoals hvh-kba: ieder krijgt het hele deel van deelnemers "
        "x aandeel, de overige plaatsen gaan naar de grootste resten (bij gelijke rest het grootste aandeel, dan de "
        "volgorde). De aandelen moeten samen 100% zijn.",
        "The sheet computes the allocation over the personas itself, as hvh-kba does: each gets the whole part of "
        "participants x share, the places left go to the largest remainders (on equal remainders the larger share, then "
        "the order). The shares must add up to 100%.",
    ),
    "xlsx.scenario_note.rule": (
        "Baten per persona: de totalen van de personabladen (met de prijzen van het blad Prijslijst) en de regel van het "
        "blad Parameters; het minimum is de baat bij 100% recidive.",
        "Benefits per persona: the persona sheets' totals (priced on the Price list sheet) and the rule of the Parameters "
        "sheet; the minimum is the benefit at 100% recidivism.",
    ),
    "xlsx.inputs": ("Invoer", "Inputs"),
    "xlsx.input.participants": ("Deelnemers (0 tot en met {capacity})", "Participants (0 to {capacity})"),
    "xlsx.input.recidivism": ("Recidive (0% tot en met 100%)", "Recidivism (0% to 100%)"),
    "xlsx.input.level": ("Investeringsniveau ({levels})", "Investment level ({levels})"),
    "xlsx.at_inputs": ("Bij deze invoer", "At these inputs"),
    "xlsx.benefits_at": ("{who}: baten bij deze recidive", "{who}: benefits at this recidivism"),
    "xlsx.minimum_at": ("{who}: minimum, de baten bij 100% recidive", "{who}: minimum, the benefits at 100% recidivism"),
    "xlsx.chosen_investment": ("Investering op dit niveau", "Investment at this level"),
    "xlsx.net_at": ("Saldo bij deze recidive", "Net at this recidivism"),
    "xlsx.quota": ("Quotum", "Quota"),
    "xlsx.whole_part": ("Heel deel", "Whole part"),
    "xlsx.remainder": ("Rest", "Remainder"),
    "xlsx.rank": ("Rang van de rest", "Rank of the remainder"),
    "xlsx.level": ("Niveau", "Level"),
    "xlsx.chart_data.rate": (
        "Grafiek: baten bij elke recidive tegenover de investeringsniveaus",
        "Chart: benefits at every recidivism rate against the investment levels",
    ),
    "xlsx.chart_data.occupancy": (
        "Grafiek: baten bij elke bezetting tegenover de investeringsniveaus (elke bezetting verdeeld als hierboven)",
        "Chart: benefits at every occupancy against the investment levels (each occupancy allocated as above)",
    ),
    "xlsx.chart_title.rate": ("Break-even: {who} bij elke recidive", "Break-even: {who} at every recidivism rate"),
    "xlsx.chart_title.occupancy": ("Break-even: {who} bij elke bezetting", "Break-even: {who} at every occupancy"),
    "xlsx.remainder_of": ("Rest {name}", "Remainder {name}"),
    "xlsx.at_hundred": ("{who} bij 100% recidive", "{who} at 100% recidivism"),
    "xlsx.at_input_rate": ("{who} bij de recidive van de invoer", "{who} at the input's recidivism"),
    "report.exists": (
        "{path} bestaat al; --force overschrijft het",
        "{path} exists; --force overwrites it",
    ),
    # sensitivity
    "sensitivity_title": ("Gevoeligheid: {scenario}", "Sensitivity: {scenario}"),
    "sensitivity_base": (
        "Basis: recidive {rate}, investering {level} ({amount}); gemeentelijk saldo {municipal}, maatschappelijk saldo {societal}",
        "Base: recidivism {rate}, investment {level} ({amount}); municipal net {municipal}, societal net {societal}",
    ),
    "sensitivity_base.budget": (
        "Basis: recidive {rate}, investering {level} ({amount}); saldo {budget} {municipal}, welvaartssaldo {societal}",
        "Base: recidivism {rate}, investment {level} ({amount}); net {budget} {municipal}, welfare net {societal}",
    ),
    "sensitivity_base.welfare": (
        "Basis: recidive {rate}, investering {level} ({amount}); welvaartssaldo {municipal}",
        "Base: recidivism {rate}, investment {level} ({amount}); welfare net {municipal}",
    ),
    "tornado": ("Effect van elke invoer van laag naar hoog, grootste eerst", "Effect of each input from low to high, largest first"),
    "input": ("Invoer", "Input"),
    "low": ("Laag", "Low"),
    "high": ("Hoog", "High"),
    "municipal_at_low": ("Gem. bij laag", "Mun. at low"),
    "municipal_at_high": ("Gem. bij hoog", "Mun. at high"),
    "swing": ("Bereik gem.", "Mun. swing"),
    "societal_swing": ("Bereik maatsch.", "Soc. swing"),
    "municipal_at_low.budget": ("Begroting bij laag", "Budget at low"),
    "municipal_at_high.budget": ("Begroting bij hoog", "Budget at high"),
    "swing.budget": ("Bereik begroting", "Budget swing"),
    "societal_swing.budget": ("Bereik welvaart", "Welfare swing"),
    "municipal_at_low.welfare": ("Welvaart bij laag", "Welfare at low"),
    "municipal_at_high.welfare": ("Welvaart bij hoog", "Welfare at high"),
    "swing.welfare": ("Bereik welvaart", "Welfare swing"),
    "sensitivity_note.budget": (
        "Saldo: baten bij de basisrecidive min de investering; begroting = {budget}, welvaart = maatschappelijk volgens de "
        "leidraad. Een prijs met een range gaat van laag naar hoog, een prijs zonder range omlaag en omhoog met "
        "research.price_spread; de bereiken staan in research.ranges en research.price_ranges van het scenario.",
        "Net: benefits at the base recidivism minus the investment; budget = {budget}, welfare = societal by the guideline. "
        "A price with a range goes from low to high, a price without one down and up by research.price_spread; the ranges "
        "are in the scenario's research.ranges and research.price_ranges.",
    ),
    "reach_title.budget": ("Kans dat de baten van {budget} de investering halen", "Probability that the benefits of {budget} reach the investment"),
    "parameter.recidivism": ("recidive", "recidivism"),
    "parameter.baseline": ("nulalternatief (recidive zonder HvH)", "null alternative (recidivism without HvH)"),
    "parameter.deadweight": ("deadweight", "deadweight"),
    "parameter.dropout": ("uitval (teruggeplaatst)", "drop-out (sent back)"),
    "parameter.participants": ("deelnemers", "participants"),
    "sensitivity_note": (
        "Saldo: baten bij de basisrecidive min de investering; gem. = gemeentelijk saldo, maatsch. = maatschappelijk. "
        "Een prijs met een range gaat van laag naar hoog, een prijs zonder range omlaag en omhoog met research.price_spread; "
        "de bereiken staan in research.ranges en research.price_ranges van het scenario.",
        "Net: benefits at the base recidivism minus the investment; mun. = municipal net, soc. = societal. "
        "A price with a range goes from low to high, a price without one down and up by research.price_spread; "
        "the ranges are in the scenario's research.ranges and research.price_ranges.",
    ),
    # uncertainty
    "uncertainty_title": ("Onzekerheid (Monte Carlo): {scenario}", "Uncertainty (Monte Carlo): {scenario}"),
    "uncertainty_setup": (
        "{draws} trekkingen, seed {seed}; recidive Beta met gemiddelde {rate}, verdeling Dirichlet rond de mix, prijzen uniform",
        "{draws} draws, seed {seed}; recidivism Beta with mean {rate}, mix Dirichlet around the scenario's, prices uniform",
    ),
    "uncertainty_occupancy": (
        "Deelnemers per trekking uit de stromen: bezetting {low}-{high} plaatsen (het vaakst {mode}), verblijf "
        "{stay_low}-{stay_high} maanden, uitval {dropout_low}-{dropout_high}",
        "Participants per draw from the flows: occupancy {low}-{high} places (most often {mode}), stay {stay_low}-{stay_high} "
        "months, drop-out {dropout_low}-{dropout_high}",
    ),
    "net_title": ("Saldo per jaar tegen {level} ({amount})", "Net result per year against {level} ({amount})"),
    "perspective": ("Perspectief", "Perspective"),
    "mean": ("Gemiddeld", "Mean"),
    "reach_title": ("Kans dat de gemeentelijke baten de investering halen", "Probability that municipal benefits reach the investment"),
    "probability": ("Kans", "Probability"),
    "uncertainty_note": (
        "Percentielen uit een histogram van 65.536 klassen: nauwkeurig tot op enkele tientallen euro's.",
        "Percentiles from a histogram of 65,536 bins: accurate to a few tens of euros.",
    ),
}


def t(key: str, lang: str, **values: object) -> str:
    """A word or sentence; `values` fill its {placeholders} as given (views pass typed values to phrase() instead)."""
    nl, en = WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text
