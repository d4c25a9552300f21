"""Which page each person and council name goes to across the archive: made-up names only."""

from __future__ import annotations

import dataclasses

from cuttings.analysis.identity import WORK_SHARE, council_page_names, page_names
from cuttings.infer.councils import find_councils
from cuttings.infer.names import same_given_name
from cuttings.link import build_catalogue
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact, RoleFact


def article(source: str, people: tuple[str, ...] = (), councils: tuple[str, ...] = (),
            things: tuple[str, ...] = (), organisations: tuple[str, ...] = (),
            works: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                   body_format="text", body="", paragraphs=(Paragraph("text"),),
                   people=tuple(PersonMention(name) for name in people), councils=councils, other_entities=things,
                   organisations=organisations, works=works)


def test_a_surname_alone_joins_the_one_clear_full_name_of_its_folder() -> None:
    articles = [article(f"politics/{n}.txt", ("Quentin Marlowe",)) for n in range(4)]
    articles += [article("politics/9.txt", ("Marlowe",)), article("sport/1.txt", ("Marlowe",))]
    pages = page_names(articles)
    assert pages["Marlowe"] == "Quentin Marlowe"


def test_a_surname_alone_with_no_clear_owner_gets_no_page() -> None:
    articles = [article("a/1.txt", ("Quentin Marlowe",)), article("a/2.txt", ("Quentin Marlowe",)),
                article("a/3.txt", ("Hester Marlowe",)), article("a/4.txt", ("Hester Marlowe",)),
                article("a/5.txt", ("Marlowe",)), article("b/1.txt", ("Farnaby",))]
    pages = page_names(articles)
    assert pages["Marlowe"] is None, "two people of that surname, neither clearly the one"
    assert pages["Farnaby"] is None, "no one of that surname named in full"


def test_a_full_name_in_another_folder_does_not_take_a_surname() -> None:
    articles = [article(f"sport/{n}.txt", ("Quentin Marlowe",)) for n in range(5)]
    articles.append(article("business/1.txt", ("Marlowe",)))
    assert page_names(articles)["Marlowe"] is None


def test_a_surname_with_two_particles_is_no_full_name() -> None:
    articles = [article("b/1.txt", ("Walter van der Quell",)), article("b/2.txt", ("Van de Quell",)),
                article("b/3.txt", ("Van Quenby",))]
    pages = page_names(articles)
    assert pages["Van de Quell"] is None, "a surname alone, whose spelling fits no full name"
    assert pages["Van Quenby"] == "Van Quenby", "one capitalised particle may be a given name, as before"


def test_a_bare_first_name_gets_no_page() -> None:
    articles = [article("a/1.txt", ("Michael",)), article("a/2.txt", ("Quentin Michael",))]
    assert page_names(articles)["Michael"] is None


def test_a_word_stuck_on_the_front_joins_the_name() -> None:
    articles = [article("a/1.txt", ("Ventriloquist Quentin Marlowe",)), article("a/2.txt", ("Quentin Marlowe",)),
                article("a/3.txt", ("Jane Quentin Marlowe",))]
    pages = page_names(articles)
    assert pages["Ventriloquist Quentin Marlowe"] == "Quentin Marlowe"
    assert pages["Jane Quentin Marlowe"] == "Jane Quentin Marlowe", "a given name in front is part of the name"


def test_case_and_nickname_twins_are_one_page() -> None:
    articles = [article("a/1.txt", ("Hester van Dorn",)), article("a/2.txt", ("Hester Van Dorn",)),
                article("a/3.txt", ("Hester Van Dorn",)), article("a/4.txt", ("David Farnaby",)),
                article("a/5.txt", ("David Farnaby",)), article("a/6.txt", ("Dave Farnaby",)),
                article("b/1.txt", ("Andy Pellow",)), article("b/2.txt", ("Andrea Pellow",))]
    pages = page_names(articles)
    assert pages["Hester van Dorn"] == "Hester Van Dorn"
    assert pages["Dave Farnaby"] == "David Farnaby"
    assert pages["Andy Pellow"] == "Andy Pellow", "Andy may be Andrew or Andrea: no join"
    assert same_given_name("Dave", "David") and not same_given_name("Andy", "Andrea")


def test_a_name_the_model_mostly_calls_a_thing_gets_no_page() -> None:
    articles = [article("a/1.txt", ("Quarry Harbour",))]
    articles += [article(f"a/{n}.txt", things=("Quarry Harbour",)) for n in range(2, 5)]
    articles += [article("a/9.txt", ("Quentin Marlowe",))]
    articles += [article(f"b/{n}.txt", things=("Quentin Marlowe",)) for n in range(3)]
    pages = page_names(articles)
    assert pages["Quarry Harbour"] is None
    assert pages["Quentin Marlowe"] == "Quentin Marlowe", "a known given name first: kept"


def test_a_name_the_archive_also_gives_as_a_registered_firm_gets_no_page() -> None:
    articles = [article("a/1.txt", ("Quentin Harbour",)), article("a/2.txt", ("Quentin Harbour",)),
                article("a/3.txt", organisations=("Quentin Harbour Ltd",)),
                article("a/4.txt", ("Jane Marlowe",), organisations=("Jane Marlowe & Sons",)),
                article("a/5.txt", ("Ann Osgood",), organisations=("Osgood Ltd",))]
    pages = page_names(articles)
    assert pages["Quentin Harbour"] is None, "a given name first does not save a firm"
    assert pages["Jane Marlowe"] is None
    assert pages["Ann Osgood"] == "Ann Osgood", "the firm of her surname alone is not her name"
    titled = [*articles, Article(source_file="a/6.txt", content_hash="6", title="6", date=None, source=None,
                                 body_format="text", body="", paragraphs=(Paragraph("text"),),
                                 people=(PersonMention("Jane Marlowe", ("Mrs Marlowe",)),))]
    assert page_names(titled)["Jane Marlowe"] == "Jane Marlowe", "a title somewhere says a person"


def test_local_council_variants_join_their_page() -> None:
    main = "Little Barton Parish Council"
    articles = [article(f"{n}.txt", councils=(main,)) for n in range(6)]
    articles += [
        article("a.txt", councils=("LITTLE BARTON Parish Council",)),
        article("b.txt", councils=("Hester Pellow Little Barton Parish Council",)),
        article("c.txt", councils=("LB Parish Council", main)),
        article("d.txt", councils=("Little Burton Parish Council",)),
        article("h.txt", councils=("OFLITTLE BARTON Parish Council",)),
        article("e.txt", councils=("Dunmore Town Council", "Dunmore Market Town Council")),
        article("f.txt", councils=("Dunmore Market Town Council",)),
        article("g.txt", councils=("Barton and Dunmore Parish Council",)),
    ]
    pages = council_page_names(articles)
    for variant in ("LITTLE BARTON Parish Council", "Hester Pellow Little Barton Parish Council",
                    "LB Parish Council", "Little Burton Parish Council", "OFLITTLE BARTON Parish Council"):
        assert pages[variant] == main, variant
    assert pages["Dunmore Town Council"] == "Dunmore Market Town Council"
    assert pages["Barton and Dunmore Parish Council"] == "Barton and Dunmore Parish Council"


def test_pages_link_every_name_an_article_gives() -> None:
    articles = [article(f"a/{n}.txt", ("Quentin Marlowe",)) for n in range(3)]
    articles.append(article("a/9.txt", ("Marlowe", "Sandford")))
    catalogue = build_catalogue(articles)
    assert [person.name for person in catalogue.people.values()] == ["Quentin Marlowe"]
    page = next(iter(catalogue.people.values()))
    assert len(page.articles) == 4 and "Marlowe" in page.aliases
    assert catalogue.person_slugs["Marlowe"] == page.slug and "Sandford" not in catalogue.person_slugs


def test_the_council_of_the_one_area_named_is_linked() -> None:
    found = find_councils(["Critics in Barnsley's villages asked the leader of the council to resign."])
    assert found.councils == ("Barnsley Council",)
    assert find_councils(["She flew from New York. The council met."]).councils == ()
    assert find_councils(["Fans of Barnsley and Wakefield met. The council said no."]).councils == ()
    assert find_councils(["A coach trip to Barnsley. The council will seek a clerk."]).councils == (), "once in passing"
    assert find_councils(["Barnsley's mayor spoke. The Council of Europe met."]).councils == (), "another body"
    assert find_councils(["Barnsley's mayor spoke. The parish council met."]).councils == (), "a parish council"


def test_a_given_name_one_letter_off_joins_the_one_other_page_of_that_surname() -> None:
    articles = [article("sport/1.txt", ("Nicolas Quarrendon",)), article("sport/2.txt", ("Nicolas Quarrendon",)),
                article("sport/3.txt", ("Nicoals Quarrendon",)), article("sport/4.txt", ("Justine Pellow",)),
                article("sport/5.txt", ("Justin Pellow",)), article("sport/6.txt", ("Justine Pellow",)),
                article("news/1.txt", ("Maria Tennant",)), article("news/2.txt", ("Marie Tennant",)),
                article("news/3.txt", ("Mario Tennant",))]
    pages = page_names(articles)
    assert pages["Nicoals Quarrendon"] == "Nicolas Quarrendon"
    assert pages["Justin Pellow"] == "Justine Pellow"
    assert {pages["Maria Tennant"], pages["Marie Tennant"], pages["Mario Tennant"]} == {
        "Maria Tennant", "Marie Tennant", "Mario Tennant"}, "three of a surname: no telling which slip is which"


def test_a_double_surname_without_its_given_name_joins_the_full_name() -> None:
    articles = [article("sport/1.txt", ("Marisa Farnell Oakes",)), article("sport/2.txt", ("Farnell Oakes",)),
                article("news/1.txt", ("Farnell Oakes",))]
    pages = page_names(articles)
    assert pages["Farnell Oakes"] == "Marisa Farnell Oakes"


def test_twins_whose_given_names_fit_join_only_when_each_fits_no_one_else() -> None:
    articles = [article("sport/1.txt", ("Rafael Quenby",)), article("sport/2.txt", ("Rafael Quenby",)),
                article("sport/3.txt", ("Rafa Quenby",)), article("sport/4.txt", ("Jose Antonio Tarrant",)),
                article("sport/5.txt", ("Jose Tarrant",)), article("sport/6.txt", ("Ruud van Molen",)),
                article("sport/7.txt", ("Van Molen",)), article("news/1.txt", ("Andy Pellow",)),
                article("news/2.txt", ("Andrea Pellow",)), article("news/3.txt", ("George W Marsh",)),
                article("news/4.txt", ("George H W Marsh",)), article("news/5.txt", ("George Marsh",)),
                article("news/6.txt", ("Sir Quentin",))]
    pages = page_names(articles)
    assert pages["Rafa Quenby"] == "Rafael Quenby"
    assert pages["Jose Tarrant"] == "Jose Antonio Tarrant"
    assert pages["Van Molen"] == "Ruud van Molen"
    assert pages["Andy Pellow"] == "Andy Pellow", "Andy may be Andrew: not Andrea"
    assert pages["George Marsh"] == "George Marsh", "two forms with initials: a father and a son"


def test_a_nickname_of_both_sexes_joins_the_one_name_it_fits_unless_a_title_says_another_sex() -> None:
    articles = [article("p/1.txt", ("Christopher Quenby",)), article("p/2.txt", ("Christopher Quenby",)),
                article("p/3.txt", ("Chris Quenby",)), article("p/4.txt", ("Christopher Pellow",)),
                article("p/5.txt", ("Jonny Haldane",)), article("p/6.txt", ("John Haldane",))]
    titled = Article(source_file="p/7.txt", content_hash="p/7.txt", title="t", date=None, source=None,
                     body_format="text", body="", paragraphs=(Paragraph("text"),),
                     people=(PersonMention("Chris Pellow", aliases=("Mrs Chris Pellow",)),))
    pages = page_names([*articles, titled])
    assert pages["Chris Quenby"] == "Christopher Quenby"
    assert pages["Chris Pellow"] == "Chris Pellow", "Mrs Chris Pellow is no Christopher"
    assert pages["Jonny Haldane"] == "Jonny Haldane", "a nickname of men's names only stays apart, as before"


def test_a_father_and_son_of_one_name_keep_two_pages() -> None:
    articles = [article("e/1.txt", ("Hank Quillan Jr",)), article("e/2.txt", ("Hank Quillan",)),
                article("e/3.txt", ("Dora Pellow Jnr",)), article("e/4.txt", ("Dora Pellow Snr",))]
    pages = page_names(articles)
    assert pages["Hank Quillan Jr"] == "Hank Quillan Jr" and pages["Hank Quillan"] == "Hank Quillan"
    assert pages["Dora Pellow Jnr"] == "Dora Pellow Jnr" and pages["Dora Pellow Snr"] == "Dora Pellow Snr"


def test_a_name_joins_its_one_form_with_a_middle_initial_unless_something_says_two_people() -> None:
    articles = [article(f"news/{n}.txt", ("Warren T Haldane",)) for n in range(4)]
    articles += [article("news/8.txt", ("Warren Haldane",)), article("news/9.txt", ("Warren Haldane",))]
    articles += [article("news/10.txt", ("Orla K Bryce",)), article("news/11.txt", ("Orla Bryce",))]
    articles += [article("news/12.txt", ("Ivo P Quarrie",)), article("news/13.txt", ("Ivo Quarrie",)),
                 article("news/14.txt", ("Ivo R Quarrie",))]
    articles += [article("news/15.txt", ("Ned J Tolley Jr",)), article("news/16.txt", ("Ned Tolley",))]
    articles += [article("news/17.txt", ("Ula S Vance",)), article("sport/1.txt", ("Ula Vance",))]
    pages = page_names(articles)
    assert pages["Warren Haldane"] == "Warren T Haldane"
    assert pages["Orla Bryce"] == "Orla K Bryce", "the one form with an initial, as many articles each"
    assert pages["Ivo Quarrie"] == "Ivo Quarrie", "two different initials: two people"
    assert pages["Ned Tolley"] == "Ned Tolley", "a son's 'Jr': his father is another person"
    assert pages["Ula Vance"] == "Ula S Vance", "the archive's one form with an initial, in another folder"


def test_a_middle_initial_written_once_joins_the_name_named_far_more() -> None:
    articles = [article(f"minutes/{n}.txt", ("Warren Haldane",)) for n in range(4)]
    articles += [article("minutes/8.txt", ("Warren T Haldane",))]
    articles += [article("minutes/10.txt", ("Orla K Bryce",)), article("minutes/11.txt", ("Orla Bryce",))]
    pages = page_names(articles)
    assert pages["Warren T Haldane"] == "Warren Haldane"
    assert pages["Orla K Bryce"] == "Orla K Bryce" == pages["Orla Bryce"], "as many each: under the fuller name"


def test_an_initial_that_fits_two_full_names_gets_no_page() -> None:
    articles = [article("sport/1.txt", ("Sam Ferrow",)), article("sport/2.txt", ("Sue Ferrow",)),
                article("sport/3.txt", ("S Ferrow",)), article("sport/4.txt", ("T Ferrow",)),
                article("sport/5.txt", ("K Lamb",)), article("sport/6.txt", ("Kit Lamb",))]
    pages = page_names(articles)
    assert pages["S Ferrow"] is None, "one of two people, no page of its own"
    assert pages["T Ferrow"] == "T Ferrow", "no full name fits: the fullest name known"
    assert pages["K Lamb"] == "Kit Lamb"


def test_a_village_council_is_the_parish_council_of_its_place() -> None:
    articles = [article(f"p/{n}.txt", councils=("Ayton Parish Council",)) for n in range(3)]
    articles += [article("p/8.txt", councils=("Ayton Village Council",)),
                 article("p/9.txt", councils=("Approve Ayton Village Council",)),
                 article("p/10.txt", councils=("Ayton Market Town Council",))]
    pages = council_page_names(articles)
    assert pages["Ayton Village Council"] == "Ayton Parish Council"
    assert pages["Approve Ayton Village Council"] == "Ayton Parish Council"
    assert pages["Ayton Market Town Council"] == "Ayton Market Town Council", "another place"


def test_a_name_that_starts_with_a_councils_place_is_no_person() -> None:
    articles = [article("p/1.txt", ("Ayton Parva", "Ayton Quenby", "Stanley Quorn"),
                        councils=("Ayton Parva Parish Council", "Stanley Parish Council")),
                article("p/2.txt", ("Wexcombe Rovers", "Ayton Parva Tots")),
                article("p/3.txt", councils=("Wexcombe Council",))]
    pages = page_names(articles)
    assert pages["Ayton Parva"] is None and pages["Ayton Parva Tots"] is None and pages["Wexcombe Rovers"] is None
    assert pages["Ayton Quenby"] == "Ayton Quenby", "the place is Ayton Parva, not Ayton"
    assert pages["Stanley Quorn"] == "Stanley Quorn", "a given name first: a person"


def test_a_name_that_ends_with_a_councils_place_is_no_person() -> None:
    articles = [article("p/1.txt", ("Church Wexcombe", "Upper Mill Wexcombe", "Jane Wexcombe", "Wexcombe Quorn"),
                        councils=("Wexcombe Parish Council",))]
    pages = page_names(articles)
    assert pages["Church Wexcombe"] is None and pages["Upper Mill Wexcombe"] is None
    assert pages["Jane Wexcombe"] == "Jane Wexcombe", "a given name first: a person of the place's name"
    assert pages["Wexcombe Quorn"] is None, "a name that starts with the place, as before"


def test_a_place_named_in_several_articles_with_no_title_role_or_quote_is_no_person() -> None:
    articles = [article("p/1.txt", ("Quorn Green", "Tarrow Lane")), article("p/2.txt", ("Quorn Green",)),
                article("p/3.txt", ("Harbour Hill",)), article("p/4.txt", ("Harbour Hill",)),
                article("p/5.txt", ("Jane Green",)), article("p/6.txt", ("Jane Green",))]
    titled = Article(source_file="p/7.txt", content_hash="p/7.txt", title="t", date=None, source=None,
                     body_format="text", body="", paragraphs=(Paragraph("text"),),
                     people=(PersonMention("Harbour Hill", aliases=("Mr Harbour Hill",)),))
    pages = page_names([*articles, titled])
    assert pages["Quorn Green"] is None
    assert pages["Tarrow Lane"] is None, "no given name of any country, then a street's word: named once is enough"
    assert pages["Harbour Hill"] == "Harbour Hill", "a title somewhere: a person"
    assert pages["Jane Green"] == "Jane Green", "a given name first"


def test_initials_and_a_short_surname_a_letter_short_join_the_full_spelling() -> None:
    articles = [article(f"m/{n}.txt", ("T Quinn", "Tabitha Quinn")) for n in range(4)]
    articles += [article("m/8.txt", ("T Quin",)), article("m/9.txt", ("T Hall", "Tabitha Hill", "Tabitha Hill"))]
    articles += [article(f"m/1{n}.txt", ("Tabitha Hill",)) for n in range(3)]
    pages = page_names(articles)
    assert pages["T Quin"] == "Tabitha Quinn"
    assert pages["T Hall"] == "T Hall", "a letter changed in a short surname: maybe two people"


def test_a_short_surname_joins_only_its_spelling_with_a_letter_more() -> None:
    articles = [article(f"n/{n}.txt", ("Quentin Rowse", "Jane Hill")) for n in range(3)]
    articles += [article("n/8.txt", ("Quentin Rowe", "Jane Hall"))]
    pages = page_names(articles)
    assert pages["Quentin Rowe"] == "Quentin Rowse", "a letter left out of a four-letter surname"
    assert pages["Jane Hall"] == "Jane Hall", "a letter changed in a four-letter surname: another person may be"


def test_a_surname_a_letter_off_joins_the_name_named_far_more_often() -> None:
    articles = [article(f"n/{n}.txt", ("Sara Clipperton",)) for n in range(3)]
    articles += [article("n/8.txt", ("Sara Cliperton",)), article("n/9.txt", ("Sara Clipperston",)),
                 article("n/10.txt", ("Davey Thomson",)), article("n/11.txt", ("Davey Thompson",)),
                 article("n/12.txt", ("Bram Torrin",)), article("n/13.txt", ("Bram Torrin",)),
                 article("n/14.txt", ("Bram Morrin",)), article("m/1.txt", ("Sara Clippertn",))]
    pages = page_names(articles)
    assert pages["Sara Cliperton"] == pages["Sara Clipperston"] == "Sara Clipperton"
    assert pages["Davey Thomson"] == "Davey Thomson", "as common as each other, both real surnames: maybe two people"
    assert pages["Bram Morrin"] == "Bram Morrin", "another first letter is another surname"
    assert pages["Sara Clippertn"] == "Sara Clippertn", "another folder"


def test_a_rare_surname_a_letter_off_joins_at_equal_counts_under_the_census_spelling() -> None:
    articles = [article("n/1.txt", ("Davey Kellett",)), article("n/2.txt", ("Davey Kellet",)),
                article("n/3.txt", ("Oona Vrisk",)), article("n/4.txt", ("Oona Vrysk",)),
                article("m/5.txt", ("Ivo Quennel",)), article("q/6.txt", ("Ivo Quennell",))]
    pages = page_names(articles)
    assert pages["Davey Kellet"] == pages["Davey Kellett"] == "Davey Kellett", "the census spelling is the page"
    assert pages["Oona Vrysk"] == pages["Oona Vrisk"], "neither a census surname: one page, the first in order"
    assert pages["Ivo Quennel"] == "Ivo Quennel", "another folder: no join"


def test_a_double_surname_written_without_its_hyphen_joins_the_hyphenated_page() -> None:
    articles = [article("p/1.txt", ("J Nicholas-Letch",)), article("p/2.txt", ("Nicholas Letch",)),
                article("p/3.txt", ("Tamsin Orde-Powell",)), article("p/4.txt", ("Rupert Orde-Powell",)),
                article("p/5.txt", ("Orde Powell",))]
    pages = page_names(articles)
    assert pages["Nicholas Letch"] == "J Nicholas-Letch"
    three = page_names([article("p/1.txt", ("Jo Orde-Vane",)), article("p/2.txt", ("Jo Orde Vane",)),
                        article("p/3.txt", ("Kit Orde Vane",))])
    assert three["Jo Orde Vane"] == "Jo Orde-Vane", "three words: the same given name before the two"
    assert three["Kit Orde Vane"] == "Kit Orde Vane", "another given name"
    more = page_names([article("p/1.txt", ("Jo Orde-Vane",)), article("p/2.txt", ("Jo Orde Vane",)),
                       article("p/3.txt", ("Jo Orde Vane",))])
    assert more["Jo Orde-Vane"] == more["Jo Orde Vane"] == "Jo Orde Vane", "the spelling more articles use"
    assert pages["Orde Powell"] != "Tamsin Orde-Powell", "two pages of that surname: neither is clearly the one"


def test_a_knights_title_and_a_given_name_alone_get_no_page() -> None:
    pages = page_names([article("a/1.txt", ("Sir Quentin", "Prince Quentin", "Quentin Marlowe"))])
    assert pages["Sir Quentin"] is None
    assert pages["Prince Quentin"] == "Prince Quentin", "a prince is known by his given name"


def _given_name_variety() -> list[tuple[str, ...]]:
    """First names that pair up every way the joins know: the same in another case or with a full stop, a
    nickname and its name, one the start of another, initials, letters that case-fold apart; alone and with
    a middle name."""
    from nicknames import NickNamer

    namer = NickNamer()
    firsts = ["Dave", "David", "DAVID", "david", "Bill", "William", "Will", "Willy", "Rafa", "Rafael", "Raf",
              "Ken", "Kenny", "Kenneth", "Rob", "Robert", "Roberta", "Robby", "Andy", "Andrew", "Andrea",
              "Jo", "Joanna", "Joann", "J", "J.", "Jos", "Jose", "José", "JOSE", "St.John", "O'Neil", "O’Neil",
              "Maß", "Mass", "MASS", "Al", "Alex", "Alexander", "Alexandra", "Abe", "Abraham", "Nicolas", "Nicoals",
              "Nikki", "Nicky", "Nicki", "Sue", "Susie", "Colin", "Cohn", "Carmen", "Cannen", "Bob"]
    for canonical in ("elizabeth", "margaret", "katherine", "richard", "edward"):
        firsts += [canonical.title(), *sorted(nickname.title() for nickname in namer.nicknames_of(canonical))[:6]]
    lists: list[tuple[str, ...]] = [(first,) for first in firsts]
    lists += [(first, middle) for first in firsts[::3] for middle in ("Ann", "Maria", "J")]
    return lists


def test_the_nickname_index_misses_no_pair_that_same_given_name_accepts() -> None:
    from cuttings.analysis.identity import _nickname_partners

    firsts = [given[0] for given in _given_name_variety()]
    partners = _nickname_partners(firsts)
    accepted = 0
    for index, first in enumerate(firsts):
        for other, second in enumerate(firsts):
            if same_given_name(first, second):
                accepted += first.casefold() != second.casefold()
                assert other in partners[index], (first, second)
        assert partners[index] == sorted(partners[index])
    assert accepted > 20, "the list has nickname pairs for the index to find"


def test_the_fitting_index_misses_no_pair_that_fits() -> None:
    from cuttings.analysis.identity import _fitting_candidates, _given_names_fit
    from cuttings.infer.names import ParsedName

    lists = _given_name_variety()
    parsed = [ParsedName(" ".join((*given, "Quenby")), (), given, "Quenby", ()) for given in lists]
    candidates = _fitting_candidates(lists)
    fitting = 0
    for index in range(len(lists)):
        for other in range(len(lists)):
            if other != index and _given_names_fit(parsed[index], parsed[other]):
                fitting += 1
                assert other in candidates[index], (lists[index], lists[other])
        assert candidates[index] == sorted(candidates[index])
    assert fitting > 100, "the list has fitting pairs of every kind for the index to find"


def test_a_surname_with_a_title_of_one_sex_does_not_join_a_full_name_of_the_other() -> None:
    def titled(source: str, alias: str) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention("Marlowe", (alias,)),), councils=())

    quentin = [article(f"politics/{n}.txt", ("Quentin Marlowe",)) for n in range(4)]
    assert page_names([*quentin, titled("politics/9.txt", "Baroness Marlowe")])["Marlowe"] is None
    assert page_names([*quentin, titled("politics/9.txt", "Mr Marlowe")])["Marlowe"] == "Quentin Marlowe"
    hester = [article(f"politics/{n}.txt", ("Hester Marlowe",)) for n in range(5, 7)]
    assert page_names([*quentin, *hester, titled("politics/9.txt", "Mrs Marlowe")])["Marlowe"] == "Hester Marlowe"


def test_a_title_joins_a_given_name_whose_census_sex_is_not_clear_but_never_one_that_is() -> None:
    def titled(source: str, alias: str) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention("Quarmby", (alias,)),), councils=())

    # The census lists "Bertie" only among women's names, and too rarely to show a tenth as many men; the
    # nicknames table makes it one of "Bert": a "Mr" is no bar.
    bertie = [article(f"politics/{n}.txt", ("Bertie Quarmby",)) for n in range(4)]
    assert page_names([*bertie, titled("politics/9.txt", "Mr Quarmby")])["Quarmby"] == "Bertie Quarmby"
    mary = [article(f"politics/{n}.txt", ("Mary Quarmby",)) for n in range(4)]
    assert page_names([*mary, titled("politics/9.txt", "Mr Quarmby")])["Quarmby"] is None


def test_initials_in_capitals_or_a_document_of_ordinary_words_is_no_parish_council() -> None:
    articles = [article("p/1.txt", councils=("QWRTN Parish Council", "Model Scheme Parish Council",
                                             "Stoke Ferry Parish Council")),
                article("p/2.txt", councils=("Stoke Ferry Parish Council",))]
    pages = council_page_names(articles)
    assert pages["QWRTN Parish Council"] is None
    assert pages["Model Scheme Parish Council"] is None, "ordinary words named once: a document's title"
    assert pages["Stoke Ferry Parish Council"] == "Stoke Ferry Parish Council", "named twice: a place"
    catalogue = build_catalogue(articles)
    assert [council.name for council in catalogue.councils.values()] == ["Stoke Ferry Parish Council"]


def test_a_nickname_of_several_names_joins_the_one_of_them_of_its_surname_and_sex() -> None:
    articles = [article("a/1.txt", ("Edward Quarrie",), organisations=("Ayton Rowing Club",)),
                article("a/2.txt", ("Edward Quarrie",)),
                article("a/3.txt", ("Ted Quarrie",), organisations=("Ayton Rowing Club",)),
                article("b/1.txt", ("Andy Pellow",)), article("b/2.txt", ("Andrea Pellow",))]
    pages = page_names(articles)
    assert pages["Ted Quarrie"] == "Edward Quarrie", "Ted is Edward's or Theodore's; Edward is the one here"
    assert pages["Andy Pellow"] == "Andy Pellow", "a man's name and a woman's"
    # Ted and Edward open differently: the table alone, with nothing else in common, joins nothing (p18t).
    alone = [*articles[:2], article("a/3.txt", ("Ted Quarrie",))]
    assert page_names(alone)["Ted Quarrie"] == "Ted Quarrie"


def test_given_names_the_table_pairs_that_open_differently_join_only_when_named_together() -> None:
    """"Ian" is in the nickname table as John's, "Harry" as Henry's; a manager "Ian Doe" and a teenage player "John
    Doe" of one section are two people. A form cut from the name ("Dave"/"David") still joins on the table alone."""
    apart = [article("sport/1.txt", ("Ian Quarrie", "Tam Ruddle"), organisations=("Ayton United",)),
             article("sport/2.txt", ("Ian Quarrie",), organisations=("Ayton United",)),
             article("sport/3.txt", ("John Quarrie", "Ivo Penhale"), organisations=("Ayton Under-19s",))]
    assert page_names(apart)["John Quarrie"] == "John Quarrie"
    together = [*apart[:2], article("sport/3.txt", ("John Quarrie",), organisations=("Ayton United",))]
    assert page_names(together)["John Quarrie"] == "Ian Quarrie", "one body in common supports the table"
    cut = [article("news/1.txt", ("David Morwen",)), article("news/2.txt", ("David Morwen",)),
           article("news/3.txt", ("Dave Morwen",))]
    assert page_names(cut)["Dave Morwen"] == "David Morwen"
    harry = [article("news/1.txt", ("Henry Morwen",)), article("news/2.txt", ("Harry Morwen",))]
    assert page_names(harry)["Harry Morwen"] == "Harry Morwen"
    harry_too = [article("news/1.txt", ("Henry Morwen", "Cai Ruddle", "Tam Penhale")),
                 article("news/2.txt", ("Harry Morwen", "Cai Ruddle", "Tam Penhale"))]
    pages = page_names(harry_too)
    assert pages["Harry Morwen"] == pages["Henry Morwen"] is not None, "two other people in common support the table"
    one_council = [article("news/1.txt", ("Henry Morwen",), councils=("Ayton Parish Council",)),
                   article("news/2.txt", ("Harry Morwen",), councils=("Ayton Parish Council",))]
    assert page_names(one_council)["Harry Morwen"] == page_names(one_council)["Henry Morwen"], "a council is a body"


def test_the_slip_index_misses_no_pair_a_letter_or_a_swap_apart() -> None:
    from itertools import product

    from rapidfuzz.distance import OSA

    from cuttings.analysis.identity import _slip_candidates

    stems = ["clipperton", "kellett", "morrin", "abab", "aab", "o'neil", "smyth"]
    surnames = list(stems)
    for stem in stems:  # every one-letter change, loss, gain and swap of each, and some further away
        surnames += [stem[:cut] + stem[cut + 1:] for cut in range(len(stem))]
        surnames += [stem[:cut] + letter + stem[cut + 1:] for cut, letter in product(range(len(stem)), "ae")]
        surnames += [stem[:cut] + letter + stem[cut:] for cut, letter in product(range(len(stem) + 1), "ta")]
        surnames += [stem[:cut] + stem[cut + 1] + stem[cut] + stem[cut + 2:] for cut in range(len(stem) - 1)]
        surnames += [stem[::-1], stem[1:-1]]
    candidates = _slip_candidates(surnames)
    close = 0
    for index, surname in enumerate(surnames):
        for other, second in enumerate(surnames):
            if OSA.distance(surname, second) <= 1:
                close += surname != second
                assert other in candidates[index], (surname, second)
        assert candidates[index] == sorted(candidates[index])
    assert close > 1000, "the list has pairs of every kind for the index to find"


def test_a_rare_census_surname_a_letter_off_a_common_one_joins_it_and_two_common_ones_stay_apart() -> None:
    articles = [article("n/1.txt", ("Darren Campbell",)), article("n/2.txt", ("Darren Campell",)),
                article("n/3.txt", ("Gabe Heintze",)), article("n/4.txt", ("Gabe Heinze",)),
                article("n/5.txt", ("Ron Reagan",)), article("n/6.txt", ("Ron Regan",))]
    pages = page_names(articles)
    assert pages["Darren Campell"] == pages["Darren Campbell"] == "Darren Campbell", "a rare census surname"
    assert pages["Gabe Heintze"] == pages["Gabe Heinze"] == "Gabe Heinze", "neither common: the census spelling"
    assert pages["Ron Regan"] == "Ron Regan" and pages["Ron Reagan"] == "Ron Reagan", "two common surnames"


def test_given_names_a_letter_apart_join_beside_a_third_page_of_the_surname_unless_of_two_sexes() -> None:
    articles = [article("n/1.txt", ("Martin Quell",)), article("n/2.txt", ("Martin Quell",)),
                article("n/3.txt", ("Martyn Quell",)), article("n/4.txt", ("Claire Quell",)),
                article("n/5.txt", ("Julian Tarrow",)), article("n/6.txt", ("Julia Tarrow",)),
                article("n/7.txt", ("Anne Tarrow",))]
    pages = page_names(articles)
    assert pages["Martyn Quell"] == pages["Martin Quell"] == "Martin Quell"
    assert pages["Claire Quell"] == "Claire Quell"
    assert pages["Julia Tarrow"] == "Julia Tarrow" and pages["Julian Tarrow"] == "Julian Tarrow", "two sexes"


def test_two_spellings_of_a_nickname_or_a_given_name_misread_from_a_scan_join_the_one_page_they_fit() -> None:
    articles = [article("a/1.txt", ("Nikki Quarrie",)), article("a/2.txt", ("Nicky Quarrie",)),
                article("a/3.txt", ("Colin Quenby",)), article("a/4.txt", ("Colin Quenby",)),
                article("a/5.txt", ("Cohn Quenby",)), article("a/6.txt", ("Bill Quade",)),
                article("a/7.txt", ("Bob Quade",)), article("b/1.txt", ("Jon Pellow",)),
                article("b/2.txt", ("John Pellow",)), article("b/3.txt", ("Jonathan Pellow",)),
                article("c/1.txt", ("John Quarrie",)), article("c/2.txt", ("Jonny Quarrie",))]
    pages = page_names(articles)
    assert pages["Nicky Quarrie"] == pages["Nikki Quarrie"] == "Nicky Quarrie"
    assert pages["Cohn Quenby"] == "Colin Quenby", "a scanner reads 'li' as 'h'; 'Cohn' is no given name"
    assert pages["Bob Quade"] == "Bob Quade" and pages["Bill Quade"] == "Bill Quade", "two names, not spellings"
    assert len({pages[name] for name in ("Jon Pellow", "John Pellow", "Jonathan Pellow")}) == 3, "each fits two"
    assert pages["Jonny Quarrie"] == "Jonny Quarrie", "a nickname of the other name itself: the sexes must be known"


def test_words_run_together_join_the_name_after_them_or_make_no_page() -> None:
    articles = [article("a/1.txt", ("Jane Quenby",)), article("a/2.txt", ("CountyCouncillorJane Quenby",)),
                article("a/3.txt", ("TheAyton Roadis",)), article("a/4.txt", ("Jane Quenby HorologicalLTD",)),
                article("a/5.txt", ("Angus MacQuarrie",)), article("a/6.txt", ("DeShawn Quade",))]
    pages = page_names(articles)
    assert pages["CountyCouncillorJane Quenby"] == "Jane Quenby"
    assert pages["TheAyton Roadis"] is None and pages["Jane Quenby HorologicalLTD"] is None
    assert pages["Angus MacQuarrie"] == "Angus MacQuarrie" and pages["DeShawn Quade"] == "DeShawn Quade"


def test_given_names_a_letter_apart_join_across_folders_only_under_a_surname_the_census_does_not_know() -> None:
    articles = [article("politics/1.txt", ("Mohammad Vardakis",)), article("business/1.txt", ("Mohammed Vardakis",)),
                article("sport/1.txt", ("Costas Vardakis",)), article("sport/2.txt", ("Kostas Vardakis",)),
                article("politics/2.txt", ("Martin Holt",)), article("business/2.txt", ("Martyn Holt",)),
                article("sport/3.txt", ("Carin Holt",)), article("tech/1.txt", ("Karin Holt",))]
    pages = page_names(articles)
    assert pages["Mohammad Vardakis"] == pages["Mohammed Vardakis"], "a rare surname: one person in two sections"
    assert pages["Costas Vardakis"] == pages["Kostas Vardakis"], "a 'C' for a 'K' under a rare surname"
    assert pages["Martin Holt"] == "Martin Holt" and pages["Martyn Holt"] == "Martyn Holt", "a census surname: folders"
    assert pages["Carin Holt"] == "Carin Holt" and pages["Karin Holt"] == "Karin Holt", "a census surname: no C/K"


def test_a_misspelt_last_word_of_a_longer_place_joins_its_council_but_the_word_spelt_right_does_not() -> None:
    articles = [article(f"p/{n}.txt", councils=("Great Barton Parish Council", "Ayton Parish Council"))
                for n in range(3)]
    articles += [article("p/7.txt", councils=("Bartton Parish Council",)),
                 article("p/8.txt", councils=("Barton Parish Council",))]
    pages = council_page_names(articles)
    assert pages["Bartton Parish Council"] == "Great Barton Parish Council", "a slip for the longer place"
    assert pages["Barton Parish Council"] == "Barton Parish Council", "may be a parish of its own"


def test_a_name_written_family_name_first_joins_the_same_words_the_other_way_round_unless_a_given_name() -> None:
    articles = [article("e/1.txt", ("Quong Weiyu",)), article("e/2.txt", ("Quong Weiyu",)),
                article("b/1.txt", ("Weiyu Quong",)), article("p/1.txt", ("Martin Thomas",)),
                article("p/2.txt", ("Thomas Martin",))]
    reasons: dict[str, str] = {}
    pages = page_names(articles, reasons)
    assert pages["Weiyu Quong"] == pages["Quong Weiyu"] == "Quong Weiyu", "the order more articles use"
    assert reasons["Weiyu Quong"] == "the family name written first"
    assert pages["Martin Thomas"] == "Martin Thomas" and pages["Thomas Martin"] == "Thomas Martin"


def test_a_nickname_the_census_lacks_takes_the_one_sex_of_its_names() -> None:
    from cuttings.infer.names import may_be_same_given_name
    assert may_be_same_given_name("Mick", "Mike"), "both Michael's, both a man's"
    assert not may_be_same_given_name("Chris", "Christopher"), "Chris is Christine's too"


def test_initials_with_a_surname_a_letter_off_join_the_page_named_far_more() -> None:
    articles = [article(f"minutes/{n}.txt", ("Orla Brycester",)) for n in range(4)]
    articles += [article("minutes/8.txt", ("O Brycestor",)), article("minutes/9.txt", ("K Brycestor",))]
    pages = page_names(articles)
    assert pages["O Brycestor"] == "Orla Brycester"
    assert pages["K Brycestor"] == "K Brycestor", "another initial: another person"


def test_a_nickname_of_many_names_keeps_no_sex_so_namesakes_stay_apart() -> None:
    from cuttings.infer.names import may_be_same_given_name
    assert not may_be_same_given_name("Jonny", "John"), "Jonny is Jonathan's and Jon's too"


def test_a_given_name_cut_short_joins_the_longer_one_of_its_surname_and_sex() -> None:
    def together(source: str, *people: str) -> Article:
        return article(source, people)
    articles = [together("v/1.txt", "Beverley Quarrie", "Bev Quarrie"), together("v/2.txt", "Bev Quarrie"),
                together("v/3.txt", "Rosalind Tolley"), together("v/4.txt", "Ros Tolley"),
                together("v/5.txt", "Danielle Vance"), together("v/6.txt", "Dan Vance"),
                together("v/7.txt", "Catherine Ormsby"), together("v/8.txt", "Cathleen Ormsby"),
                together("v/9.txt", "Cath Ormsby"), together("w/1.txt", "Rosalind Pellow"),
                together("x/1.txt", "Ros Pellow"), together("v/10.txt", "Catherine Marsh", "Cathleen Marsh",
                                                           "Cath Marsh")]
    pages = page_names(articles)
    assert pages["Bev Quarrie"] == "Beverley Quarrie", "named together in one article"
    assert pages["Ros Tolley"] == "Rosalind Tolley", "the archive's one longer name it starts, in its folder"
    assert pages["Dan Vance"] == "Dan Vance", "a man's name and a woman's: two people"
    assert pages["Cath Ormsby"] == "Cath Ormsby", "two longer names it starts: not clear which"
    assert pages["Ros Pellow"] == "Ros Pellow", "no article or folder in common"
    assert pages["Cath Marsh"] == "Cath Marsh", "two longer names in its one article"


def test_a_line_up_surname_joins_only_a_full_name_named_with_its_team_mates() -> None:
    squad = ("Quibble", "Tansley", "Orrin", "Pellow", "Dranfield", "Stoker", "Wendle")
    articles = [article(f"politics/{n}.txt", ("Quentin Marlowe",)) for n in range(6)]
    articles += [article("politics/9.txt", ("Marlowe",)), article("sport/0.txt", ("Quentin Marlowe", "Ann Crask"))]
    articles += [article("sport/1.txt", ("Marlowe", *squad))]
    assert page_names(articles)["Marlowe"] is None, "a line-up's Marlowe is not the politician"
    articles += [article("sport/2.txt", ("Quentin Marlowe", "Hal Quibble", "Ed Orrin"))]
    assert page_names(articles)["Marlowe"] == "Quentin Marlowe", "named with two of the line-up's players"
    without_line_up = [a for a in articles if a.source_file != "sport/1.txt"]
    assert page_names(without_line_up)["Marlowe"] == "Quentin Marlowe"


def test_a_line_ups_surname_that_is_also_a_given_name_needs_no_more_evidence_than_another_surname() -> None:
    squad = ("Quibble", "Tansley", "Orrin", "Pellow", "Dranfield", "Stoker", "Wendle")
    articles = [article(f"sport/{n}.txt", ("Quentin Dale", "Hal Quibble", "Ed Orrin")) for n in range(3)]
    articles += [article(f"sport/{n}.txt", ("Dale", *squad)) for n in (3, 4)]
    # "Dale" alone outside a line-up is more often a first name, and needs twice its articles' worth of the full
    # name; in two line-ups it is a surname twice, and three articles naming Quentin Dale with his team-mates do.
    assert page_names(articles)["Dale"] == "Quentin Dale"
    articles += [article(f"politics/{n}.txt", ("Dale",)) for n in (5, 6)]
    assert page_names(articles)["Dale"] is None, "twice a bare first name as well: not clearly his surname"


def test_minutes_naming_councillors_by_title_are_no_line_up() -> None:
    squad = ("Quibble", "Tansley", "Orrin", "Pellow", "Dranfield", "Stoker", "Wendle")
    minutes = Article(source_file="p/1.txt", content_hash="p1", title="p1", date=None, source=None,
                      body_format="text", body="", paragraphs=(Paragraph("text"),),
                      people=tuple(PersonMention(name, (f"Mr {name}",)) for name in ("Marlowe", *squad)))
    articles = [article(f"p/{n}.txt", ("Quentin Marlowe",)) for n in range(2, 6)] + [minutes]
    assert page_names(articles)["Marlowe"] == "Quentin Marlowe", "'Mr Marlowe' of the minutes is the clerk"


def test_a_line_up_surname_joins_no_page_when_its_folders_name_two_of_that_surname() -> None:
    squad = ("Quibble", "Tansley", "Orrin", "Pellow", "Dranfield", "Stoker", "Wendle")
    articles = [article(f"sport/{n}.txt", ("Quentin Marlowe", "Hal Quibble", "Ed Orrin")) for n in range(9)]
    articles += [article("sport/9.txt", ("Jo Marlowe",)), article("sport/10.txt", ("Marlowe", *squad))]
    assert page_names(articles)["Marlowe"] is None, "Quentin is named nine times as often, but Jo plays too"


def test_an_initial_under_a_title_of_one_sex_does_not_join_a_full_name_of_the_other() -> None:
    def titled(source: str, name: str, alias: str) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention(name, (alias,)),), councils=())

    sharon = [article(f"p/{n}.txt", ("Sharon Quillby",)) for n in range(3)]
    pages = page_names([*sharon, titled("p/8.txt", "S Quillby", "Mr. S Quillby"),
                        titled("p/9.txt", "D Quillby", "Mrs D Quillby"), article("p/10.txt", ("David Quillby",))])
    assert pages["S Quillby"] == "S Quillby", "Mr S Quillby is not Sharon"
    assert pages["D Quillby"] == "D Quillby", "Mrs D Quillby is not David"
    pages = page_names([*sharon, titled("p/8.txt", "S Quillby", "Mrs S Quillby")])
    assert pages["S Quillby"] == "Sharon Quillby", "a title of her sex still joins"
    kit = [titled(f"p/{n}.txt", "Kit Quillby", "Mr Kit Quillby") for n in range(2)]
    pages = page_names([*kit, titled("p/9.txt", "K Quillby", "Mr K Quillby")])
    assert pages["K Quillby"] == "Kit Quillby", "the full name's own title outweighs the census"


def test_a_surname_under_a_police_rank_does_not_join_a_councillor_of_that_surname() -> None:
    def titled(source: str, name: str, alias: str) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention(name, (alias,)),), councils=())

    councillor = [titled(f"p/{n}.txt", "Piers Quillby", "Cllr Piers Quillby") for n in range(3)]
    assert page_names([*councillor, titled("p/9.txt", "Quillby", "PC Quillby")])["Quillby"] is None
    assert page_names([*councillor, titled("p/9.txt", "Quillby", "Cllr Quillby")])["Quillby"] == "Piers Quillby"
    untitled = [article(f"p/{n}.txt", ("Piers Quillby",)) for n in range(3)]
    assert page_names([*untitled, titled("p/9.txt", "Quillby", "PC Quillby")])["Quillby"] == "Piers Quillby"


def test_a_surname_alone_with_no_page_joins_the_person_its_folder_names_most_around_its_date() -> None:
    import datetime as dt

    from cuttings.analysis.identity import person_slug_of

    def dated(source: str, people: tuple[PersonMention, ...], date: dt.date | None) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=date, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),), people=people)

    squad = tuple(PersonMention(name) for name in ("Quibble", "Tansley", "Orrin", "Pellow", "Dranfield", "Stoker",
                                                   "Wendle"))
    quentin, mister = PersonMention("Quentin Marlowe"), PersonMention("Marlowe", ("Mr Marlowe",))
    articles = [dated(f"politics/{n}.txt", (quentin,), dt.date(2005, 1, 1 + n)) for n in range(4)]
    articles += [dated("politics/8.txt", (PersonMention("Hester Marlowe"),), dt.date(2005, 2, 1)),
                 dated("sport/1.txt", (PersonMention("Marlowe"), *squad), dt.date(2005, 1, 9)),  # a line-up
                 dated("politics/9.txt", (mister,), dt.date(2005, 3, 1)),
                 dated("politics/10.txt", (PersonMention("Marlowe", ("Mrs Marlowe",)),), dt.date(2005, 3, 1)),
                 dated("politics/11.txt", (mister,), dt.date(2011, 3, 1)),
                 dated("politics/12.txt", (mister,), None),
                 dated("politics/13.txt", (PersonMention("A Marlowe"), mister), dt.date(2005, 3, 2))]
    per_article: dict[tuple[str, str], str] = {}
    assert page_names(articles, None, per_article)["Marlowe"] is None, "the line-up's Marlowe is no politician"
    assert per_article == {("politics/9.txt", "Marlowe"): "Quentin Marlowe",
                           ("politics/12.txt", "Marlowe"): "Quentin Marlowe"}, \
        "not the line-up's, not Mrs Marlowe's, not six years later, not beside another Marlowe of its own article; " \
        "an undated article is near any date"
    catalogue = build_catalogue(articles)
    page = next(person for person in catalogue.people.values() if person.name == "Quentin Marlowe")
    assert len(page.articles) == 6 and "Marlowe" in page.aliases
    assert person_slug_of(catalogue.person_slugs, "politics/9.txt", "Marlowe") == page.slug
    assert person_slug_of(catalogue.person_slugs, "politics/11.txt", "Marlowe") is None
    assert person_slug_of(catalogue.person_slugs, "sport/1.txt", "Marlowe") is None
    assert [reason for name, reason in page.joined if name == "Marlowe"], "the page says why the surname joined"


def test_a_name_the_model_also_calls_a_thing_wherever_it_is_named_and_with_an_ordinary_word_is_no_person() -> None:
    def both(source: str, name: str) -> Article:
        return article(source, (name,), things=(name,))
    pages = page_names([both("b/1.txt", "Dusk Pellinore"), both("b/2.txt", "Ottavio Brancusi"),
                        both("b/3.txt", "Hour Mercator"), article("b/4.txt", ("Hour Mercator",))])
    assert pages["Dusk Pellinore"] is None, "an ordinary word, and the model's organisation in its one article"
    assert pages["Ottavio Brancusi"] == "Ottavio Brancusi", "no ordinary word: a foreign name labelled both ways"
    assert pages["Hour Mercator"] == "Hour Mercator", "another article names it a person only"


def test_a_name_another_article_writes_only_as_a_work_gets_no_page_unless_titled_quoted_or_named_far_more() -> None:
    articles = [article("film/1.txt", ("Hester Quayle",)), article("film/2.txt", ("Hester Quayle",)),
                article("film/3.txt", works=("Hester Quayle",))]  # "the next Hester Quayle", "the Hester Quayle games"
    assert page_names(articles)["Hester Quayle"] is None
    titled = [*articles, article("film/4.txt", ("Orrin Vale",))]
    titled[0] = dataclasses.replace(titled[0], people=(PersonMention("Hester Quayle", ("Ms Hester Quayle",)),))
    assert page_names(titled)["Hester Quayle"] == "Hester Quayle", "a title says she is a person"
    quoted = [*articles[:2], articles[2], dataclasses.replace(
        article("film/5.txt", ("Hester Quayle",)), quotes=(QuoteFact("Hester Quayle", "We made it."),))]
    assert page_names(quoted)["Hester Quayle"] == "Hester Quayle", "a quotation says she is a person"
    firm = [article("business/1.txt", ("Velmor Grest",), works=("Velmor Grest",))]  # "shares in Velmor Grest"
    assert page_names(firm)["Velmor Grest"] is None, "the article that names it a person writes it as a firm too"
    named_often = [article(f"sport/{n}.txt", ("Hester Quayle",)) for n in range(WORK_SHARE + 1)]
    named_often.append(article("film/3.txt", works=("Hester Quayle",)))
    assert page_names(named_often)["Hester Quayle"] == "Hester Quayle", "one odd sentence against many articles"


def test_a_peers_page_takes_no_article_that_writes_the_surname_under_another_title() -> None:
    # "Lord Quell" of politics, with no full name anywhere, is the peer's page; "Captain Quell" of a television
    # review is a ship's captain in a series, and "Mr Quell" is no peer either: they are not the peer's articles.
    def titled(source: str, alias: str) -> Article:
        return Article(source_file=source, content_hash=source, title=source, date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention("Quell", (alias,)),), councils=())

    peer = [titled("politics/1.txt", "Lord Quell"), titled("politics/2.txt", "Minister Lord Quell"),
            article("politics/3.txt", ("Quell",))]
    assert page_names(peer)["Quell"] == "Lord Quell", "every article the peer's, as before"
    articles = [*peer, titled("entertainment/1.txt", "Captain Quell"), titled("business/1.txt", "Mr Quell")]
    per_article: dict[tuple[str, str], str] = {}
    assert page_names(articles, per_article=per_article)["Quell"] is None
    assert per_article == {("politics/1.txt", "Quell"): "Lord Quell", ("politics/2.txt", "Quell"): "Lord Quell",
                           ("politics/3.txt", "Quell"): "Lord Quell"}
    catalogue = build_catalogue(articles)
    [page] = [person for person in catalogue.people.values() if person.name == "Lord Quell"]
    assert sorted(catalogue.articles[slug].article.source_file for slug in page.articles) == [
        "politics/1.txt", "politics/2.txt", "politics/3.txt"]
    assert not page.joined, "the peer's own name, not a surname joined from elsewhere"


def test_names_a_letter_apart_join_when_their_articles_share_a_body_or_two_people() -> None:
    articles = [article("n/1.txt", ("Davey Thomson", "Orla Quint"), organisations=("Ayton Kite Society",)),
                article("n/2.txt", ("Davey Thompson",), organisations=("Ayton Kite Society",)),
                article("n/3.txt", ("Brona Haskett", "Ivo Penrose", "Tam Ruddle")),
                article("n/4.txt", ("Brnoa Haskett", "Ivo Penrose", "Tam Ruddle")),
                article("n/5.txt", ("Lew Hanson", "Ivo Penrose")),
                article("n/6.txt", ("Lew Hansen", "Ivo Penrose")),
                article("n/7.txt", ("Mabel Corrigan",), organisations=("Beeton Choir",)),
                article("m/8.txt", ("Mabel Corigan",), organisations=("Beeton Choir",)),
                article("n/9.txt", ("Nell Vance", "Nell Vane"), organisations=("Ayton Kite Society",))]
    pages = page_names(articles)
    assert pages["Davey Thomson"] == pages["Davey Thompson"], "the same body in both: one person"
    assert pages["Brnoa Haskett"] == pages["Brona Haskett"], "a given name a swap apart beside the same two people"
    assert pages["Lew Hanson"] != pages["Lew Hansen"], "one person in common is not enough"
    assert pages["Mabel Corrigan"] != pages["Mabel Corigan"], "other folders: no join"
    assert pages["Nell Vance"] != pages["Nell Vane"], "both in one article: two people"


def test_a_name_a_letter_off_beside_two_such_names_joins_neither() -> None:
    articles = [article("n/1.txt", ("Kit Hanson",), organisations=("Ayton Rowing Club",)),
                article("n/2.txt", ("Kit Hansen",), organisations=("Ayton Rowing Club",)),
                article("n/3.txt", ("Kit Henson",), organisations=("Ayton Rowing Club",))]
    pages = page_names(articles)
    assert len({pages["Kit Hanson"], pages["Kit Hansen"], pages["Kit Henson"]}) == 3


def _posted(source: str, people: tuple[str, ...], person: str, role: str, body: str) -> Article:
    return dataclasses.replace(article(source, people), roles=(RoleFact(person, role, body),))


def test_one_name_in_two_sections_with_nothing_in_common_and_posts_on_one_side_is_two_pages() -> None:
    articles = [_posted(f"politics/{n}.txt", ("Orla Penhale", f"Tam Ruddle{n}"), "Orla Penhale", "chair",
                        "Ayton Reform Party") for n in range(3)]
    articles += [article(f"sport/{n}.txt", ("Orla Penhale", f"Ivo Quist{n}")) for n in range(2)]
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, per_article=per_article)
    assert pages["Orla Penhale"] is None
    assert per_article["politics/0.txt", "Orla Penhale"] == "Orla Penhale (Ayton Reform Party)"
    assert per_article["sport/1.txt", "Orla Penhale"] == "Orla Penhale (sport)"


def test_a_name_in_two_sections_stays_one_page_when_anything_bridges_them() -> None:
    base = [_posted(f"politics/{n}.txt", ("Orla Penhale", f"Tam Ruddle{n}"), "Orla Penhale", "chair",
                    "Ayton Reform Party") for n in range(3)]
    shared_person = [*base, article("sport/0.txt", ("Orla Penhale", "Tam Ruddle1")),
                     article("sport/1.txt", ("Orla Penhale",))]
    one_other = [*base, article("sport/0.txt", ("Orla Penhale", "Ivo Quist"))]
    one_body_two_names = [_posted("politics/0.txt", ("Orla Penhale",), "Orla Penhale", "chair", "Ayton Reform Party"),
                          _posted("politics/1.txt", ("Orla Penhale",), "Orla Penhale", "chair", "Ayton Reform Party"),
                          _posted("tech/0.txt", ("Orla Penhale",), "Orla Penhale", "chair", "ARP")]
    no_posts = [article(f"politics/{n}.txt", ("Orla Penhale", f"Tam Ruddle{n}")) for n in range(3)]
    no_posts += [article(f"sport/{n}.txt", ("Orla Penhale", f"Ivo Quist{n}")) for n in range(3)]
    for articles in (shared_person, one_other, one_body_two_names, no_posts):
        assert page_names(articles)["Orla Penhale"] == "Orla Penhale"


def _titled(source: str, name: str, title: str) -> Article:
    return Article(source_file=source, content_hash=source, title="t", date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=(PersonMention(name, aliases=(f"{title} {name}",)),))


def test_no_given_name_then_an_ordinary_word_that_is_no_common_surname_is_no_person() -> None:
    articles = [article("p/1.txt", ("Wexcombe Churches", "Quorn Lane", "Flood Aid")),
                article("p/2.txt", ("Zorvik Berry", "Zorvik Churches")), article("p/3.txt", ("Jane Churches",))]
    pages = page_names([*articles, _titled("p/4.txt", "Zorvik Churches", "Cllr")])
    assert pages["Wexcombe Churches"] is None and pages["Flood Aid"] is None, "named once is enough"
    assert pages["Quorn Lane"] is None, "a street's word last, though a common surname too"
    assert pages["Zorvik Berry"] == "Zorvik Berry", "a common surname last: a given name the lists miss, maybe"
    assert pages["Zorvik Churches"] == "Zorvik Churches", "a councillor's title somewhere: a person"
    assert pages["Jane Churches"] == "Jane Churches", "a given name first"


def test_an_event_or_a_venue_is_no_person_even_after_a_given_name() -> None:
    articles = [article("v/1.txt", ("May Fayre", "Wexcombe Quiz", "Jane Tombola")),
                article("v/2.txt", ("Ruby Fete", "Jane Market")), article("v/3.txt", ("Jane Hall",))]
    pages = page_names([*articles, _titled("v/4.txt", "Jane Market", "Mrs")])
    assert pages["May Fayre"] is None and pages["Wexcombe Quiz"] is None and pages["Ruby Fete"] is None
    assert pages["Jane Tombola"] is None
    assert pages["Jane Market"] == "Jane Market", "a title somewhere: a person of that name"
    assert pages["Jane Hall"] == "Jane Hall", "a venue's word that is a common surname: a person as likely"


def test_a_surname_written_as_mr_and_as_mrs_joins_by_the_sex_each_article_gives() -> None:
    def with_titles(source: str, *titled: str) -> Article:
        return Article(source_file=source, content_hash=source, title="t", date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),),
                       people=(PersonMention("Marlowe", aliases=titled),))
    articles = [article(f"m/{n}.txt", ("Quentin Marlowe",)) for n in range(3)]
    articles += [article(f"m/{n}.txt", ("Hester Marlowe",)) for n in range(3, 8)]
    articles.append(Article(source_file="m/8.txt", content_hash="m/8.txt", title="t", date=None, source=None,
                            body_format="text", body="", paragraphs=(Paragraph("text"),),
                            people=(PersonMention("Hester Marlowe", aliases=("Cllr Hester Marlowe",)),)))
    articles += [with_titles("m/10.txt", "Mr Marlowe"), with_titles("m/11.txt", "Mrs Marlowe"),
                 with_titles("m/12.txt", "Mr Marlowe", "Mrs Marlowe"), with_titles("m/13.txt", "Cllr Mrs Marlowe")]
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, per_article=per_article)
    assert pages["Marlowe"] is None, "a couple's name: no one page takes it in every article"
    assert per_article.get(("m/10.txt", "Marlowe")) == "Quentin Marlowe"
    assert per_article.get(("m/11.txt", "Marlowe")) == "Hester Marlowe"
    assert ("m/12.txt", "Marlowe") not in per_article, "Mr and Mrs in one article: two people"
    assert per_article.get(("m/13.txt", "Marlowe")) == "Hester Marlowe", "a councillor's title, with her sex"
