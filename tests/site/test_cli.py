"""The command line reports what was typed wrong, and each command has its own help (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cuttings import cli
from cuttings.model import BuildReport
from tests.site.test_bad_input import GOOD, run_cli


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        cli.parse_args(argv)
    assert exited.value.code == 2
    return capsys.readouterr().err


def test_a_typod_flag_is_reported_as_an_unknown_option(capsys: pytest.CaptureFixture[str]) -> None:
    message = usage_error(["--base_url", "/repo/"], capsys)
    assert "--base_url" in message and "--base-url" in message
    assert "invalid choice" not in message
    message = usage_error(["serve", "--prot", "9000"], capsys)
    assert "--prot" in message and "--port" in message


def test_each_command_prints_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    helps = {}
    for command in ("build", "serve", "inspect"):
        with pytest.raises(SystemExit) as exited:
            cli.parse_args([command, "--help"])
        assert exited.value.code == 0
        helps[command] = capsys.readouterr().out
    assert "--port" in helps["serve"] and "--bind" in helps["serve"]
    assert "--port" not in helps["build"]
    assert "FILE" in helps["inspect"] and "--port" not in helps["inspect"]
    assert "serve" in helps["serve"].splitlines()[0]


def test_build_with_a_file_is_an_error_not_a_build_of_everything(content_dir: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    message = usage_error(["build", str(content_dir / "good.txt")], capsys)
    assert "good.txt" in message and "inspect" in message
    result = run_cli(str(content_dir / "good.txt"), "--output", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 2 and "good.txt" in result.stderr
    assert not (tmp_path / "site").exists()


def test_options_still_go_before_or_after_the_command() -> None:
    assert cli.parse_args(["--base-url", "/r/", "serve", "--port", "9000"]).port == 9000
    args = cli.parse_args(["serve", "--base-url", "/r/"])
    assert (args.command, args.base_url, args.port) == ("serve", "/r/", 8000)
    args = cli.parse_args(["--quiet"])
    assert (args.command, args.quiet) == ("build", True)
    assert cli.parse_args(["inspect", "a.txt"]).file == Path("a.txt")


def test_the_summary_names_the_port_serve_is_on() -> None:
    report = BuildReport(output_dir=Path("site"))
    assert "http://localhost:9123/repo/" in cli.summary(report, "/repo/", 1.0, serving_at="http://localhost:9123")
    assert "9123" not in cli.summary(report, "/repo/", 1.0)
