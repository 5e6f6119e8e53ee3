"""What the command line says besides its views: its own messages, Click's words, and the help, in Dutch and English.

MESSAGES: key -> (Dutch, English), as everywhere. CLICK: Click's and typer's English (their gettext message ids) ->
Dutch. HELP: the help texts of the commands and options, English as in the code -> Dutch (whitespace collapsed).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.prefix": ("fout", "error"),
    "cli.internal": (
        "interne fout: {kind}: {detail} (met --debug ziet u de traceback)",
        "internal error: {kind}: {detail} (run with --debug for the traceback)",
    ),
    # option values
    "cli.not_a_number": ("{option}: '{value}' is geen getal; toegestaan: {accepted}", "{option}: '{value}' is not a number; accepted: {accepted}"),
    "cli.not_finite": ("{option}: '{value}' is geen eindig getal; toegestaan: {accepted}",
                       "{option}: '{value}' is not a finite number; accepted: {accepted}"),
    "cli.rate_outside": ("{option}: '{value}' ligt buiten 0-100 %; toegestaan: {accepted}",
                         "{option}: '{value}' is outside 0-100 %; accepted: {accepted}"),
    "cli.accepted.rate": ("een fractie 0-1 (0.3) of een percentage 0-100 (30 of 30%)",
                          "a fraction 0-1 (0.3) or a percentage 0-100 (30 or 30%)"),
    "cli.accepted.months": ("maanden, bijvoorbeeld 10 of 8.5", "months, e.g. 10 or 8.5"),
    "cli.accepted.mix": ("soufiane=36,patrick=13,joris=51 (percentages die samen 100 zijn)",
                         "soufiane=36,patrick=13,joris=51 (percentages that sum to 100)"),
    "cli.not_assignment": ("{option}: '{value}' is geen NAAM=WAARDE; toegestaan bijvoorbeeld {example}",
                           "{option}: '{value}' is not NAME=VALUE; accepted e.g. {example}"),
    "cli.mix_outside": ("{option}: {value} ligt buiten 0-100; toegestaan: {accepted}", "{option}: {value} is outside 0-100; accepted: {accepted}"),
    "cli.status_unknown": ("--status: '{value}' is geen status; toegestaan: {known}", "--status: '{value}' is not a status; accepted: {known}"),
    # report
    "cli.out_extension": ("--out: '{out}' heeft geen bekende extensie; toegestaan: {known}",
                          "--out: '{out}' has no known extension; accepted: {known}"),
    "cli.scenario_and_all": ("--scenario en --all sluiten elkaar uit; geef er één", "--scenario and --all exclude each other; give one"),
    "cli.out_exists": ("{path} bestaat al; --force overschrijft het", "{path} exists; --force overwrites it"),
    "cli.out_folder_missing": ("--out: de map {folder} bestaat niet", "--out: the folder {folder} does not exist"),
    "cli.out_is_input": ("--out: {out} is een van de invoerbestanden; kies een ander bestand",
                         "--out: {out} is one of the input files; choose another file"),
    # init
    "cli.init_exists": ("{folder}: bestaat al en is geen lege map; kies een nieuwe map",
                        "{folder}: exists and is not an empty folder; choose a new folder"),
    "cli.init_parent_missing": ("{folder}: de bovenliggende map {parent} bestaat niet", "{folder}: its parent folder {parent} does not exist"),
    "cli.init_files": ("{count} bestanden in {folder}:", "{count} files in {folder}:"),
    "cli.init_hint": ("Pas ze aan en voer dan bijvoorbeeld uit: hvh-kba scenario realistic --data-dir {folder}",
                      "Edit them, then run e.g.: hvh-kba scenario realistic --data-dir {folder}"),
    # renderers
    "render.no_chromium": (
        "een PDF vraagt Debians chromium (apt-get install chromium); of schrijf .html en druk dat af",
        "a PDF needs Debian's chromium (apt-get install chromium); or write .html and print it",
    ),
    "render.chromium_timeout": (
        "chromium was niet binnen {seconds} s klaar; de pagina is misschien te groot om af te drukken",
        "chromium did not finish within {seconds} s; the page may be too large to print",
    ),
    "render.chromium_no_pdf": ("chromium schreef geen PDF (exitcode {code})", "chromium wrote no PDF (exit {code})"),
    "render.no_table": ("geen tabel '{table}' in deze uitvoer; de tabellen: {known}", "no table '{table}' in this output; its tables: {known}"),
    "render.no_tables": ("geen", "none"),
}

# Click's and typer's words (their English, as gettext message ids) in Dutch; what is not here stays English, and
# tests/cli/test_language.py makes sure every error path of the command line is here.
CLICK: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Arguments": "Argumenten",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing {param_type}": "Ontbrekend: {param_type}",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "Ontbrekende opdracht.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such option: {name}": "Onbekende optie: {name}",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Did you mean {possibility}?": "Bedoelde u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelde u een van: {possibilities}?)",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt een waarde.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} vraagt {nargs} waarden.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value} is smaller than the minimum valid value {min}.": "{value} is kleiner dan de kleinste geldige waarde {min}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} is geen geldige ja/nee-waarde. Herkend: {states}",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "required": "verplicht",
    "(dynamic)": "(dynamisch)",
    "Aborted!": "Afgebroken!",
    "unknown error": "onbekende fout",
}
# values Click fills into its words, in Dutch
CLICK_VALUES: dict[str, str] = {"integer": "geheel getal", "float": "getal", "file": "bestand", "directory": "map", "path": "pad"}

HELP: dict[str, str] = {
    "Cost-benefit analysis of Huis van Herstel Twente: reproduce, check and change the impact study (2024).":
        "Kosten-batenanalyse van Huis van Herstel Twente: het impactonderzoek (2024) nagerekend, gecontroleerd en aan te passen.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Show the full traceback when something fails.": "Toon de volledige traceback als iets misgaat.",
    "One scenario: benefits by recidivism beside the published figures, the municipal minimum, break-even.":
        "Eén scenario: baten per recidive naast de gepubliceerde cijfers, het gemeentelijk minimum, break-even.",
    "Number of participants (0 .. capacity).": "Aantal deelnemers (0 .. capaciteit).",
    "Recidivism rate(s) to show: 0.3, 30 or 30% (repeatable).": "Recidive om te tonen: 0.3, 30 of 30% (herhaalbaar).",
    "Investment level(s) to compare with (repeatable; default: all three).":
        "Investeringsniveau(s) om mee te vergelijken (herhaalbaar; standaard: alle drie).",
    "Persona mix, e.g. soufiane=36,patrick=13,joris=51.": "Verdeling over de persona's, bijvoorbeeld soufiane=36,patrick=13,joris=51.",
    "Time horizon: yearly cash flows, NPV and payback over N years.":
        "Tijdshorizon: kasstromen per jaar, netto contante waarde en terugverdienjaar over N jaar.",
    "Real discount rate for --years (default 2.25%, the Dutch guideline).":
        "Reële discontovoet voor --years (standaard 2,25%, de Nederlandse richtlijn).",
    "Years before the first benefits, for --years (default 0).": "Jaren tot de eerste baten, bij --years (standaard 0).",
    "Recidivism over the years: the curve without Huis van Herstel (herveroordeling, heropsluiting).":
        "Recidive over de jaren: de curve zonder Huis van Herstel (herveroordeling, heropsluiting).",
    "With --curve: how much lower Huis van Herstel's curve lies (default 30%; --recidivism stays the study table's).":
        "Bij --curve: hoeveel lager de curve met Huis van Herstel ligt (standaard 30%; --recidivism blijft die van de tabel van de studie).",
    "With --curve: a curve of Huis van Herstel's own instead of --effect.": "Bij --curve: een eigen curve van Huis van Herstel in plaats van --effect.",
    "Whose money: study (the study's tables, default), societal (the guideline's welfare balance, transfers out), municipal, "
    "justice, care, income, housing, other or participant (that budget, by payer).":
        "Wiens geld: study (de tabellen van de studie, standaard), societal (het welvaartssaldo van de leidraad, zonder "
        "overdrachten), municipal, justice, care, income, housing, other of participant (dat budget, naar betaler).",
    "Transfer savings the approach does not cause (Joris' bijstand): count them in the budgets (the study, default) or not.":
        "Besparingen op overdrachten die de aanpak niet veroorzaakt (de bijstand van Joris): in de budgetten meetellen "
        "(de studie, standaard) of niet.",
    "An alternative price set of the price list: tekst, the prices the sources' text states.":
        "Een andere prijsset van de prijslijst: tekst, de prijzen die de tekst van de bronnen noemt.",
    "Which end of each price range: low (the study's choice), the midpoint, or high.":
        "Welke kant van elke prijsrange: low (de keuze van de studie), het midden, of high.",
    "Index every price to this year (CPI series); default: no indexation.": "Indexeer elke prijs naar dit jaar (CPI-reeks); standaard: niet.",
    "Recidivism without Huis van Herstel (the null alternative); the study assumes 1 (100%).":
        "Recidive zonder Huis van Herstel (het nulalternatief); de studie neemt 1 (100%) aan.",
    "Share of the approach's benefits that would have come anyway (default 0).":
        "Deel van de baten van de aanpak dat er toch was gekomen (standaard 0).",
    "Share of participants sent back to prison, who bring no benefits (default 0).":
        "Deel van de deelnemers dat wordt teruggeplaatst en geen baten brengt (standaard 0).",
    "Override one price list item for this run (repeatable).": "Vervang voor deze berekening één post van de prijslijst (herhaalbaar).",
    "Price list file that replaces the one the scenarios name.": "Prijslijstbestand dat de prijslijst van de scenario's vervangt.",
    "Folder with pricelists/, personas/ and scenarios/ to use instead of the shipped data.":
        "Map met pricelists/, personas/ en scenarios/ om te gebruiken in plaats van de meegeleverde gegevens.",
    "Output format: a table, JSON, CSV for scripts, CSV for Excel (in the --lang's conventions), Markdown.":
        "Uitvoer: een tabel, JSON, CSV voor scripts, CSV voor Excel (in de gewoonten van --lang), Markdown.",
    "Language of the output (Dutch number formats in nl); default $HVH_KBA_LANG, else nl.":
        "Taal van de uitvoer (Nederlandse getalnotatie bij nl); standaard $HVH_KBA_LANG, anders nl.",
    "Only the table with this id (the ids are in the JSON and CSV output).": "Alleen de tabel met dit id (de ids staan in de JSON- en CSV-uitvoer).",
    "All scenarios side by side: benefits, the municipal minimum, and the investment levels.":
        "Alle scenario's naast elkaar: baten, het gemeentelijk minimum en de investeringsniveaus.",
    "One persona: profile, costs after release and benefits, societal and municipal by law (tables 3-14).":
        "Eén persona: profiel, kosten na uitstroom en baten, maatschappelijk en gemeentelijk per wet (tabellen 3-14).",
    "All personas, one line each: their share of the population, costs and benefits per year.":
        "Alle persona's, elk op één regel: hun aandeel, kosten en baten per jaar.",
    "Municipal net result for every occupancy and recidivism rate (0-100 % in steps of 10 %), and break-even.":
        "Gemeentelijk saldo bij elke bezetting en recidive (0-100 % in stappen van 10 %), en break-even.",
    "Per municipality: its contribution under a funding scenario, its share of the savings by law, its net position.":
        "Per gemeente: de bijdrage in een financieringsscenario, het aandeel in de besparingen per wet, het saldo.",
    "Funding scenario: the report's 1, 2, 3, or the adopted one.": "Financieringsscenario: 1, 2 of 3 van het rapport, of het besloten scenario.",
    "Occupancy scenario whose savings are divided.": "Bezettingsscenario waarvan de besparingen worden verdeeld.",
    "Where the participants come from: by inhabitants, or a YAML file.": "Waar de deelnemers vandaan komen: naar inwoners, of een YAML-bestand.",
    "Savings at this recidivism rate (default: the municipal minimum).": "Besparingen bij deze recidive (standaard: het gemeentelijk minimum).",
    "A tornado: every price and parameter from low to high, with its effect on the municipal and societal net result.":
        "Een tornado: elke prijs en parameter van laag naar hoog, met het effect op het gemeentelijk en maatschappelijk saldo.",
    "Base recidivism rate (default: the study's pointer, 47% x 0.7).": "Basisrecidive (standaard: de aanwijzing van de studie, 47% x 0,7).",
    "Show only the N largest effects.": "Toon alleen de N grootste effecten.",
    "Monte Carlo over prices, recidivism and mix: net results (mean, P5, P50, P95) and the chance of paying back.":
        "Monte Carlo over prijzen, recidive en verdeling: saldi (gemiddelde, P5, P50, P95) en de kans dat het zich terugverdient.",
    "Number of draws (1 to 10,000,000).": "Aantal trekkingen (1 tot 10.000.000).",
    "Seed of the random numbers: the same seed gives the same numbers.": "Seed van de toevalsgetallen: dezelfde seed geeft dezelfde getallen.",
    "Mean recidivism rate (default: the study's pointer, 47% x 0.7).": "Gemiddelde recidive (standaard: de aanwijzing van de studie, 47% x 0,7).",
    "Draw places filled, stay and drop-out too (the research ranges), as measure does.":
        "Trek ook bezetting, verblijfsduur en uitval (de onderzoeksranges), zoals measure doet.",
    "What to measure first: the value of information (EVPI, EVPPI) for continuing at the investment or stopping.":
        "Wat eerst meten: de waarde van informatie (EVPI, EVPPI) voor doorgaan met de investering of stoppen.",
    "The investment to decide on (default: decided).": "De investering waarover wordt beslist (standaard: besloten).",
    "Participants as they came and went: persons a year, drop-out, stay, and the benefits at those numbers.":
        "Deelnemers zoals ze kwamen en gingen: personen per jaar, uitval, verblijf, en de baten bij die aantallen.",
    "Average stay for reading the study's scenarios (the study: 12).": "Gemiddeld verblijf om de scenario's van de studie te lezen (de studie: 12).",
    "Which published flows (default: the only one).": "Welke gepubliceerde in- en uitstroom (standaard: de enige).",
    "What a monitoring file realised: participant-years, releases, drop-out, and benefits against what was paid.":
        "Wat een monitoringbestand opleverde: deelnemersjaren, uitstroom, uitval, en baten tegenover wat is betaald.",
    "Whose mix, recidivism pointer and contribution (default realistic).": "Welke verdeling, recidive en bijdrage (standaard realistic).",
    "How the payments divide over the municipalities (default besloten).": "Hoe de betalingen over de gemeenten worden verdeeld (standaard besloten).",
    "A report to attach or open: HTML with charts, Markdown to paste, an Excel workbook with formulas, or PDF.":
        "Een rapport om bij te voegen of te openen: HTML met grafieken, Markdown om te plakken, een Excel-werkmap met formules, of PDF.",
    "The report to write: .html, .md, .xlsx or .pdf.": "Het rapport om te schrijven: .html, .md, .xlsx of .pdf.",
    "The scenario to report (default: realistic).": "Het scenario voor het rapport (standaard: realistic).",
    "All scenarios.": "Alle scenario's.",
    "Overwrite an existing report.": "Overschrijf een bestaand rapport.",
    "Compute every published figure of the study and classify the difference; exit 1 if any is unexplained. Statuses: "
    "match, rounding, erratum, unexplained (the checks), changed-input (a figure this run's changed input moves), "
    "restated (a figure the data only repeats), unexplained-known (a difference an erratum names but cannot explain).":
        "Reken elk gepubliceerd cijfer van de studie na en deel het verschil in; exitcode 1 als er een onverklaard is. "
        "Statussen: match, rounding, erratum, unexplained (de controles), changed-input (een cijfer dat de gewijzigde "
        "invoer van deze berekening verschuift), restated (een cijfer dat de gegevens alleen herhalen), unexplained-known "
        "(een verschil dat een erratum noemt maar niet kan verklaren).",
    "Show only figures with this status in the table (repeatable).": "Toon alleen cijfers met deze status in de tabel (herhaalbaar).",
    "Copy the shipped data into DIR for editing; then point any command at it with --data-dir DIR.":
        "Kopieer de meegeleverde gegevens naar DIR om aan te passen; gebruik ze dan in elke opdracht met --data-dir DIR.",
    "The price list: unit prices and ranges, units, who pays, transfers, and where each comes from.":
        "De prijslijst: eenheidsprijzen en ranges, eenheden, wie betaalt, overdrachten, en waar elke prijs vandaan komt.",
    "Only items paid under this law or by this payer (Wmo, Participatiewet, Zvw ...).":
        "Alleen posten onder deze wet of van deze betaler (Wmo, Participatiewet, Zvw ...).",
    "Only items whose id, label, law or note contains TEXT.": "Alleen posten waarvan id, naam, wet of toelichting TEXT bevat.",
    "Which items differ between price lists A and B, and what B does to each scenario's results.":
        "Welke posten verschillen tussen prijslijsten A en B, en wat B doet met de uitkomsten van elk scenario.",
}
