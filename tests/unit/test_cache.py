"""The cache keys on everything inference and the site depend on, and a damaged cache is only a miss."""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import sys
from pathlib import Path

import pytest

from cuttings.cache import (
    ArticleCache,
    Manifest,
    _sealed,
    _unsealed,
    article_key,
    inference_fingerprint,
    load_manifest,
    output_intact,
    save_manifest,
    scope_fingerprint,
    site_fingerprint,
)
from cuttings.model import Article, BuildSettings, Paragraph
from cuttings.parallel import Aside
from cuttings.read import read_article
from cuttings.sealed import digest
from cuttings.write import output_files

ARTICLE = "Library hours cut\n\nThe library in Oakbridge will close on Mondays from next month.\n"


def source_from(tmp_path: Path, text: str, name: str = "story.txt"):  # type: ignore[no-untyped-def]
    content = tmp_path / "content"
    content.mkdir(exist_ok=True)
    path = content / name
    path.write_text(text, encoding="utf-8")
    return read_article(path, content)


def an_article(title: str = "Library hours cut") -> Article:
    return Article(source_file="story.txt", content_hash="abc", title=title, date=None, source=None,
                   body_format="text", body="Text.", paragraphs=(Paragraph("Text."),))


def test_key_changes_with_body_front_matter_path_and_fingerprint(tmp_path: Path) -> None:
    base = article_key(source_from(tmp_path, ARTICLE), "v1")
    assert article_key(source_from(tmp_path, ARTICLE), "v1") == base
    assert article_key(source_from(tmp_path, ARTICLE.replace("Mondays", "Tuesdays")), "v1") != base
    assert article_key(source_from(tmp_path, "---\ntitle: Hours\n---\n" + ARTICLE), "v1") != base
    assert article_key(source_from(tmp_path, "---\ntitle: Other\n---\n" + ARTICLE), "v1") != \
        article_key(source_from(tmp_path, "---\ntitle: Hours\n---\n" + ARTICLE), "v1")
    assert article_key(source_from(tmp_path, ARTICLE, "other.txt"), "v1") != base
    assert article_key(source_from(tmp_path, ARTICLE), "v2") != base


def test_inference_fingerprint_includes_extractor_version(monkeypatch: pytest.MonkeyPatch) -> None:
    import cuttings.infer

    before = inference_fingerprint()
    assert inference_fingerprint() == before
    monkeypatch.setattr(cuttings.infer, "EXTRACTOR_VERSION", cuttings.infer.EXTRACTOR_VERSION + "-changed")
    assert inference_fingerprint() != before


def test_site_fingerprint_follows_articles_settings_and_templates(tmp_path: Path, monkeypatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("<p>{{ x }}</p>")
    settings = BuildSettings(content_dir=tmp_path / "c", output_dir=tmp_path / "s")

    def fingerprint(settings: BuildSettings, keys: list[str]) -> str:
        return site_fingerprint(scope_fingerprint(settings, [templates]), keys)

    base = fingerprint(settings, ["a", "b"])
    assert fingerprint(settings, ["a", "b"]) == base
    assert fingerprint(settings, ["b", "a"]) != base
    assert fingerprint(settings, ["a"]) != base
    assert fingerprint(dataclasses.replace(settings, base_url="/repo/"), ["a", "b"]) != base
    assert fingerprint(dataclasses.replace(settings, site_title="News"), ["a", "b"]) != base
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert fingerprint(settings, ["a", "b"]) != base
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    (templates / "page.html").write_text("<div>{{ x }}</div>")
    assert fingerprint(settings, ["a", "b"]) != base


def test_store_and_load_round_trip(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    cache.store([("k1", an_article("One")), ("k2", an_article("Two"))])
    cache.close()
    cache = ArticleCache(tmp_path / "cache")
    loaded = cache.load(["k1", "k2", "k3"])
    assert set(loaded) == {"k1", "k2"}
    assert loaded["k2"] == an_article("Two")
    assert cache.present(["k1", "k3"]) == {"k1"}
    cache.close()


def test_damaged_entry_is_a_miss_not_an_error(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    cache.store([("good", an_article())])
    cache.connection.execute("INSERT INTO articles (key, data) VALUES (?, ?)", ("bad", b"not a pickle"))
    cache.connection.commit()
    assert set(cache.load(["good", "bad"])) == {"good"}
    cache.close()


def test_many_keys_are_queried_in_chunks(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    keys = [f"k{number}" for number in range(1234)]
    cache.store((key, an_article(key)) for key in keys)
    assert len(cache.load(keys)) == 1234
    cache.close()


def test_cache_file_is_sqlite(tmp_path: Path) -> None:
    ArticleCache(tmp_path / "cache").close()
    with sqlite3.connect(tmp_path / "cache" / "articles.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_manifest_round_trip_and_intact_check(tmp_path: Path) -> None:
    output = tmp_path / "site"
    (output / "a").mkdir(parents=True)
    (output / "index.html").write_text("home")
    (output / "a" / "page.html").write_text("page")
    files = output_files(output)
    manifest = Manifest("fp", 1, 2, 3, ["a warning"], files)
    save_manifest(tmp_path / "cache", output, manifest, ("scope", "keys", {}, {"index.html": (b"", b"")}), {})
    assert load_manifest(tmp_path / "cache", output) == [manifest, ("scope", "keys", {}, {"index.html": (b"", b"")}),
                                                         {}]
    assert output_intact(manifest, output)
    (output / "a" / "page.html").write_text("edited by hand")
    assert not output_intact(manifest, output)


def test_extra_or_missing_file_means_not_intact(tmp_path: Path) -> None:
    output = tmp_path / "site"
    output.mkdir()
    (output / "index.html").write_text("home")
    files = output_files(output)
    manifest = Manifest("fp", 1, 0, 0, [], files)
    (output / "stray.html").write_text("x")
    assert not output_intact(manifest, output)
    (output / "stray.html").unlink()
    (output / "index.html").unlink()
    assert not output_intact(manifest, output)


def test_an_output_folder_gone_or_not_a_folder_is_not_intact(tmp_path: Path) -> None:
    manifest = Manifest("fp", 0, 0, 0, [], {})
    assert output_intact(manifest, tmp_path)  # an empty folder, as an empty manifest lists
    assert not output_intact(manifest, tmp_path / "site")
    (tmp_path / "site").write_text("a file where the site was")
    assert not output_intact(manifest, tmp_path / "site")


def test_missing_or_garbled_manifest_is_none(tmp_path: Path) -> None:
    assert load_manifest(tmp_path / "cache", tmp_path / "site") is None
    save_manifest(tmp_path / "cache", tmp_path / "site", Manifest("fp", 0, 0, 0, []))
    path = next((tmp_path / "cache" / "sites").iterdir())
    path.write_text("{not json")
    assert load_manifest(tmp_path / "cache", tmp_path / "site") is None


def test_the_output_check_catches_a_stray_file_or_folder_and_an_edited_or_missing_file(tmp_path: Path) -> None:
    output = tmp_path / "site"
    (output / "people" / "ann").mkdir(parents=True)
    (output / "index.html").write_text("home")
    (output / "people" / "ann" / "index.html").write_text("Ann")

    def manifest() -> Manifest:
        files = output_files(output)
        return Manifest("fp", 1, 1, 0, [], files)

    recorded = manifest()
    assert output_intact(recorded, output)
    (output / "people" / "ann" / "stray.html").write_text("x")
    assert not output_intact(recorded, output)
    (output / "people" / "ann" / "stray.html").unlink()
    recorded = manifest()
    (output / "people" / "bob").mkdir()
    assert not output_intact(recorded, output)
    (output / "people" / "bob").rmdir()
    recorded = manifest()
    (output / "index.html").write_text("edited by hand, same size?")
    assert not output_intact(recorded, output)
    (output / "index.html").unlink()
    assert not output_intact(recorded, output)


def test_the_output_check_aside_answers_as_the_check_itself(tmp_path: Path) -> None:
    output = tmp_path / "site"
    (output / "a").mkdir(parents=True)
    (output / "a" / "page.html").write_text("page")
    files = output_files(output)
    manifest = Manifest("fp", 1, 0, 0, [], files)
    assert Aside(functools.partial(output_intact, manifest, output)).result() is True
    (output / "a" / "page.html").write_text("edited")
    assert Aside(functools.partial(output_intact, manifest, output)).result() is False


def test_the_manifest_is_read_with_its_page_records(tmp_path: Path) -> None:
    assert load_manifest(tmp_path / "cache", tmp_path / "site") is None
    manifest = Manifest("fp", 1234, 5, 6, [], {"index.html": [1, 2]})
    save_manifest(tmp_path / "cache", tmp_path / "site", manifest, ("scope", None, {}, {}))
    assert load_manifest(tmp_path / "cache", tmp_path / "site") == [manifest, ("scope", None, {}, {}), None]


def test_every_setting_but_those_that_change_no_output_byte_is_in_the_scope(tmp_path: Path) -> None:
    """A setting added later is part of the scope unless it is named as changing no output byte."""
    from cuttings.cache import OUTPUT_NEUTRAL_SETTINGS

    def changed(value: object) -> object:
        if isinstance(value, bool):
            return not value
        if isinstance(value, int | float):
            return value + 1
        if isinstance(value, str):
            return value + "x/"
        if isinstance(value, Path):
            return value / "x"
        if value is None:
            return "x/"
        if isinstance(value, tuple | list | frozenset | set):
            return type(value)([*value, "x"])
        raise AssertionError(f"no way to change a setting of {type(value)}")

    settings = BuildSettings(content_dir=tmp_path / "content", output_dir=tmp_path / "site")
    base = scope_fingerprint(settings, [])
    assert {item.name for item in dataclasses.fields(settings)} >= OUTPUT_NEUTRAL_SETTINGS
    for item in dataclasses.fields(settings):
        other = dataclasses.replace(settings, **{item.name: changed(getattr(settings, item.name))})
        assert (scope_fingerprint(other, []) == base) == (item.name in OUTPUT_NEUTRAL_SETTINGS), item.name


def test_a_malformed_store_is_set_aside_and_the_build_starts_it_again(tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    cache = ArticleCache(tmp_path / "cache")
    cache.store([(f"k{number}", an_article(f"Title {number}")) for number in range(200)])
    cache.close()
    path = tmp_path / "cache" / "articles.sqlite"
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])
    with caplog.at_level("WARNING"):
        cache = ArticleCache(tmp_path / "cache")
        loaded = cache.load([f"k{number}" for number in range(200)])
        cache.store([("k1", an_article("Title 1"))])
        assert cache.load(["k1"]) == {"k1": an_article("Title 1")}
        cache.close()
    assert loaded == {} or all(article == an_article(f"Title {key[1:]}") for key, article in loaded.items())
    assert (tmp_path / "cache" / "articles.sqlite.damaged").exists()
    assert [record.getMessage().count("\n") for record in caplog.records] == [0]


def test_a_record_stored_under_another_key_is_never_used(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    cache.store([("k1", an_article("One")), ("k2", an_article("Two"))])
    cache.connection.execute("UPDATE articles SET data = (SELECT data FROM articles WHERE key = 'k1') "
                             "WHERE key = 'k2'")
    cache.connection.commit()
    assert set(cache.load(["k1", "k2"])) == {"k1"}
    cache.close()


def a_full_store(folder: Path, count: int = 300) -> dict[str, Article]:
    """A closed store of ``count`` articles: enough pages that half the file lacks most records' pages."""
    articles = {f"k{number}": an_article(f"Title {number}") for number in range(count)}
    cache = ArticleCache(folder)
    cache.store(articles.items())
    cache.close()
    return articles


def cut_in_half(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def test_a_store_cut_short_after_it_was_opened_is_set_aside_when_read(tmp_path: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """SQLite opens a store by its first page: damage further in shows when a record is read. The file is set
    aside then (one line naming it), the read is a miss, and the store goes on in a new file."""
    articles = a_full_store(tmp_path / "cache")
    cache = ArticleCache(tmp_path / "cache")
    path = tmp_path / "cache" / "articles.sqlite"
    cut_in_half(path)
    with caplog.at_level("WARNING"):
        loaded = cache.load(list(articles))
        assert cache.present(list(articles)) == set()
        cache.store([("k1", an_article("Title 1"))])
        assert cache.load(["k1", "k2"]) == {"k1": an_article("Title 1")}
    cache.close()
    assert loaded == {}
    assert (tmp_path / "cache" / "articles.sqlite.damaged").exists()
    assert [record.getMessage() for record in caplog.records] == [
        f"warning: the cache file {path} is damaged (database disk image is malformed); set aside as "
        "articles.sqlite.damaged; what it held is worked out again"]


def test_a_store_cut_short_after_it_was_opened_is_set_aside_when_written_and_the_records_kept(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Damage found by a write: the file is set aside and the records go into a new one, which holds them."""
    articles = a_full_store(tmp_path / "cache")
    cache = ArticleCache(tmp_path / "cache")
    cut_in_half(tmp_path / "cache" / "articles.sqlite")
    again = {key: an_article(f"Again {key}") for key in articles}
    with caplog.at_level("WARNING"):
        cache.store(again.items())
    cache.close()
    assert (tmp_path / "cache" / "articles.sqlite.damaged").exists()
    assert len(caplog.records) == 1 and "\n" not in caplog.records[0].getMessage()
    assert "articles.sqlite is damaged" in caplog.records[0].getMessage()
    cache = ArticleCache(tmp_path / "cache")
    assert cache.load(list(again)) == again
    cache.close()


def test_a_store_that_cannot_be_written_for_now_is_no_damage(tmp_path: Path) -> None:
    """Locked by another build (or read-only, or full): the records are not kept, and the file is not set aside."""
    a_full_store(tmp_path / "cache", 3)
    cache = ArticleCache(tmp_path / "cache")
    cache.connection.execute("PRAGMA busy_timeout = 0")
    with sqlite3.connect(tmp_path / "cache" / "articles.sqlite") as other:
        other.execute("BEGIN EXCLUSIVE")
        cache.store([("new", an_article("New"))])
        assert cache.load(["k1"]) == {}
        other.rollback()
    assert cache.load(["new", "k1"]) == {"k1": an_article("Title 1")}
    cache.close()
    assert not (tmp_path / "cache" / "articles.sqlite.damaged").exists()


def test_a_record_garbled_in_the_file_is_a_miss_and_the_others_are_read(tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    """Bytes changed inside one record where SQLite does not look (its payload): the record's own check fails."""
    articles = a_full_store(tmp_path / "cache", 30)
    path = tmp_path / "cache" / "articles.sqlite"
    data = bytearray(path.read_bytes())
    record = _sealed("k7", articles["k7"])
    assert data.count(record) == 1
    data[data.find(record) + len(record) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    cache = ArticleCache(tmp_path / "cache")
    with caplog.at_level("WARNING"):
        loaded = cache.load(list(articles))
    assert loaded == {key: article for key, article in articles.items() if key != "k7"}
    assert [record.getMessage() for record in caplog.records] == [
        f"warning: 1 damaged record(s) in the cache file {path}; worked out again"]
    cache.store([("k7", articles["k7"])])  # the build stores it again, over the damaged one
    assert cache.load(["k7"]) == {"k7": articles["k7"]}
    cache.close()


class Vanishing:
    """A class of an older version of the code: gone by the time its records are read."""


@pytest.mark.parametrize("data", [b"", b"\x01\x02\x03", "text, not bytes", 12345, None])
def test_a_record_too_short_or_not_bytes_fails_its_check(data: object) -> None:
    assert _unsealed("k", data) is None
    assert _unsealed("k", _sealed("k", an_article())) == an_article()


def test_a_record_that_passes_its_check_but_does_not_load_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """Sound bytes this code cannot load: a pickle of a class since gone, a payload that is not zlib's."""
    cache = ArticleCache(tmp_path / "cache")
    cache.store([("old", Vanishing()), ("good", an_article())])
    monkeypatch.delattr(sys.modules[__name__], "Vanishing")
    payload = b"not zlib data"
    cache.connection.execute("INSERT INTO articles (key, data) VALUES (?, ?)",
                             ("not zlib", digest(b"not zlib\0" + payload) + payload))
    cache.connection.commit()
    with caplog.at_level("WARNING"):
        assert cache.load(["old", "not zlib", "good"]) == {"good": an_article()}
    assert [record.getMessage() for record in caplog.records] == [
        f"warning: 2 damaged record(s) in the cache file {cache.path}; worked out again"]
    cache.close()


def test_a_store_sqlite_cannot_open_is_left_as_it_is_and_the_build_goes_on_without_it(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A folder where the store's file goes (or a file without permission, or one locked past the timeout): no
    damage to set aside, nothing to read; the records of this build are kept in memory only."""
    (tmp_path / "cache" / "articles.sqlite" / "inside").mkdir(parents=True)
    with caplog.at_level("WARNING"):
        cache = ArticleCache(tmp_path / "cache")
        assert cache.load(["k1"]) == {}
        cache.store([("k1", an_article())])
        assert cache.load(["k1"]) == {"k1": an_article()}
        cache.close()
    assert [record.getMessage() for record in caplog.records] == [
        f"warning: the cache file {tmp_path / 'cache' / 'articles.sqlite'} cannot be opened (unable to open database "
        "file); articles are inferred without it"]
    assert sorted(path.name for path in (tmp_path / "cache").rglob("*")) == ["articles.sqlite", "inside"]
