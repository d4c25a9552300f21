"""``cuttings new DIR``: a site repository ready to push, as ``hugo new site`` and ``pelican-quickstart`` make.

It holds a content folder with one example article, a ``cuttings.toml`` listing every setting (commented out,
with its default and what it does), a GitHub Pages workflow that installs one pinned Cuttings release (its Git
tag, with that release's locked dependencies), and a ``.gitignore``. Upgrading is changing ``CUTTINGS_VERSION``
in the workflow; Cuttings' CHANGELOG.md says what each release changes.
"""

from __future__ import annotations

import importlib.metadata
import json
import textwrap
from pathlib import Path

from cuttings import __version__
from cuttings.config import CONFIG_FILE, SETTINGS
from cuttings.errors import CuttingsError

PLACEHOLDER_REPOSITORY = "https://github.com/OWNER/cuttings"
"""Where the workflow fetches Cuttings from when the installed package does not say (``--source``)."""

EXAMPLE_ARTICLE = """\
---
# Front matter is optional: whatever it says wins over what Cuttings infers. Delete this example once you have
# articles of your own; `cuttings inspect content/FILE` shows what is inferred from one.
title: Footbridge over the Weir to reopen in spring
date: 2024-02-12
source: Example Gazette
---
The footbridge over the Weir will reopen in April after repairs, Example District Council said on Monday.

Councillor Alex Example, the council's cabinet member for transport, said: "The bridge is how most children
get to school, so we have put it first."

The work, costing £240,000, was delayed by the winter floods.
"""

GITIGNORE = """\
# Built by `cuttings` (the workflow builds and publishes the site itself)
site/
.cuttings-cache/
"""

WORKFLOW = """\
# Build the site and publish it on GitHub Pages on every push to main.
# One-time setup in the repository: Settings -> Pages -> Build and deployment -> Source: GitHub Actions.
#
# Upgrading Cuttings is changing CUTTINGS_VERSION below to a newer release tag; the CHANGELOG.md of
# CUTTINGS_REPOSITORY says what each release changes. The release is installed with the exact dependencies it
# was tested with (its requirements.lock, hashes checked), so a site that deployed yesterday deploys today.
name: Publish on GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions: {{}}

concurrency:
  group: pages
  cancel-in-progress: false

env:
  CUTTINGS_VERSION: v{version}
  CUTTINGS_REPOSITORY: {repository}

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v7
        with:
          fetch-depth: 1
          persist-credentials: false

      - uses: actions/setup-python@v7
        with:
          python-version: "3.11"

      - name: Install Cuttings and its locked dependencies
        run: |
          git clone --depth 1 --branch "$CUTTINGS_VERSION" "$CUTTINGS_REPOSITORY" "$RUNNER_TEMP/cuttings"
          python -m pip install --require-hashes -r "$RUNNER_TEMP/cuttings/requirements.lock"
          python -m pip install --no-deps "$RUNNER_TEMP/cuttings"
          python -m pip check

      - name: Find the Pages address
        id: pages
        uses: actions/configure-pages@v6

      # The inference cache and the last site, so a push that adds one article infers and renders that article
      # and what shows it; the build verifies what it restores before reusing it.
      - name: Restore the last build
        uses: actions/cache@v6
        with:
          path: |
            .cuttings-cache
            site
          key: cuttings-${{{{ env.CUTTINGS_VERSION }}}}-${{{{ hashFiles('content/**', '*.toml', 'templates/**') }}}}
          restore-keys: |
            cuttings-${{{{ env.CUTTINGS_VERSION }}}}-

      # base_path is "/REPO" for a project site and "" for a user site or a custom domain; base_url is the
      # full address, for canonical links, feeds and the sitemap.
      - name: Build the site
        env:
          BASE_PATH: ${{{{ steps.pages.outputs.base_path }}}}
          SITE_URL: ${{{{ steps.pages.outputs.base_url }}}}
        run: cuttings --output site --base-url "${{BASE_PATH}}/" --site-url "${{SITE_URL}}/"

      - uses: actions/upload-pages-artifact@v5
        with:
          path: site/
          include-hidden-files: true

  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v5
"""

ZIZMOR = """\
# zizmor, the GitHub Actions linter: GitHub's own actions are followed by their major version, as GitHub's
# Pages starter workflows do, so the workflow takes their fixes; any other action must be pinned to a commit.
rules:
  unpinned-uses:
    config:
      policies:
        "actions/*": ref-pin
        "*": hash-pin
"""

README = """\
# {title}

A searchable archive of local news, built with [Cuttings]({repository}).

- Articles go in `content/` (`.txt` as they come, or Markdown with front matter).
- Settings are in `cuttings.toml`; corrections for the whole archive go in `corrections.toml`.
- Preview: `cuttings serve`, then open the address it prints.
- Publish: push to GitHub, then Settings -> Pages -> Source: GitHub Actions. Every push to `main` rebuilds the
  site (`.github/workflows/pages.yml`, where `CUTTINGS_VERSION` says which Cuttings release builds it).
"""


def source_repository() -> str:
    """The Git URL Cuttings' own package metadata gives, else a placeholder to fill in."""
    try:
        urls = importlib.metadata.metadata("cuttings").get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("repository", "source", "source code") and url.strip():
            return url.strip()
    return PLACEHOLDER_REPOSITORY


def commented_settings(repository: str, title: str | None = None) -> str:
    """``cuttings.toml`` with every setting commented out (but the title, if given): its default and what it
    does."""
    lines = ["# Settings for this site. Uncomment a line to change it; the value shown is an example or the default.",
             f"# Cuttings' README says more (Settings): {repository}. Command-line flags override these.",
             ""]
    examples = {"title": '"Valley Cuttings"', "description": '"Fifty years of the Valley Gazette."',
                "base_url": '"/REPO/"', "site_url": '"https://USER.github.io/REPO/"', "templates": '"my-templates"',
                "lang": '"en-GB"', "timezone": '"Europe/London"', "corrections_address":
                '"https://github.com/USER/REPO/issues/new"'}
    for key, setting in SETTINGS.items():
        lines += [f"# {line}" for line in textwrap.wrap(f"{setting.doc} (default: {setting.default})", 100)]
        example = examples.get(key) or (setting.default if setting.kind == "count" else f'"{setting.default}"')
        if key == "title" and title:
            lines += [f"title = {json.dumps(title, ensure_ascii=False)}", ""]
            continue
        lines += [f"# {key} = {example}", ""]
    return "\n".join(lines)


def new_site(directory: Path, title: str | None = None, repository: str | None = None) -> list[Path]:
    """Write a new site repository into ``directory`` (new or empty); the files written."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise CuttingsError("already exists and is not an empty folder; choose a new one", directory)
    repository = repository or source_repository()
    files = {
        Path("content") / "example-article.md": EXAMPLE_ARTICLE,
        Path(CONFIG_FILE): commented_settings(repository, title),
        Path(".github") / "workflows" / "pages.yml": WORKFLOW.format(version=__version__, repository=repository),
        Path(".github") / "zizmor.yml": ZIZMOR,
        Path(".gitignore"): GITIGNORE,
        Path("README.md"): README.format(title=title or directory.name, repository=repository),
    }
    written = []
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
