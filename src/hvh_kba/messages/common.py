"""Messages any part says: an unknown name, and the nouns it may be (each with its own Dutch adjective form)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the system's reasons a file cannot be used (errors.os_reason)
    "os.not_found": ("bestand of map niet gevonden", "No such file or directory"),
    "os.permission_denied": ("geen toegang", "Permission denied"),
    "os.not_permitted": ("niet toegestaan", "Operation not permitted"),
    "os.exists": ("bestaat al", "File exists"),
    "os.not_a_directory": ("geen map", "Not a directory"),
    "os.is_a_directory": ("dit is een map", "Is a directory"),
    "os.no_space": ("geen ruimte meer op de schijf", "No space left on device"),
    "os.read_only": ("alleen-lezen bestandssysteem", "Read-only file system"),
    "os.name_too_long": ("bestandsnaam te lang", "File name too long"),
    "os.symlink_loop": ("te veel symbolische koppelingen", "Too many levels of symbolic links"),
    "os.io_error": ("invoer-/uitvoerfout", "Input/output error"),
    # shares of a whole (a scenario's mix, a benefit key)
    "shares_not_100": ("de aandelen tellen op tot {total} %; samen moeten ze 100 % zijn", "the shares sum to {total} %; they must sum to 100 %"),
    "unknown": ("{what} '{name}'; geldig: {known}", "{what} '{name}'; valid: {known}"),
    "unknown.close": ("{what} '{name}' (bedoelde u '{close}'?); geldig: {known}", "{what} '{name}' (did you mean '{close}'?); valid: {known}"),
    # an unknown one of these (the Dutch adjective follows the noun: 'onbekend scenario', 'onbekende persona')
    "noun.scenario": ("onbekend scenario", "unknown scenario"),
    "noun.persona": ("onbekende persona", "unknown persona"),
    "noun.perspective": ("onbekend perspectief", "unknown perspective"),
    "noun.price_set": ("onbekende prijsset", "unknown price set"),
    "noun.price_item": ("onbekende prijspost", "unknown price item"),
    "noun.price_list": ("onbekende prijslijst", "unknown price list"),
    "noun.recidivism_curve": ("onbekende recidivecurve", "unknown recidivism curve"),
    "noun.flows": ("onbekende in- en uitstroom", "unknown flows"),
    "noun.funding_scenario": ("onbekend financieringsscenario", "unknown funding scenario"),
    "noun.funding_scenario_with_a_published_table": (
        "onbekend financieringsscenario met een gepubliceerde tabel", "unknown funding scenario with a published table"),
    "noun.municipality": ("onbekende gemeente", "unknown municipality"),
    "noun.input": ("onbekende invoer", "unknown input"),
    "noun.region": ("onbekende regio", "unknown region"),
    "noun.budget": ("onbekend budget", "unknown budget"),
    "noun.key": ("onbekende verdeelsleutel", "unknown key"),
}
