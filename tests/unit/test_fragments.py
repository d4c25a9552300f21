import jinja2

from cuttings.fragments import FragmentCache

PAGE = "{% cache section %}<h1>{{ counter() }} {{ section }}</h1>{% endcache %}"


def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"page.html": PAGE}), autoescape=True,
                              extensions=[FragmentCache])


def test_a_fragment_is_rendered_once_per_key() -> None:
    calls: list[int] = []

    def counter() -> int:
        calls.append(1)
        return len(calls)

    template = environment().get_template("page.html")
    first = template.render(section="people", counter=counter)
    again = template.render(section="people", counter=counter)
    other = template.render(section="<councils>", counter=counter)
    assert first == again == "<h1>1 people</h1>"
    assert other == "<h1>2 &lt;councils&gt;</h1>"
    assert len(calls) == 2


def test_each_environment_has_its_own_fragments() -> None:
    assert environment().get_template("page.html").render(section="a", counter=lambda: 1) == "<h1>1 a</h1>"
    assert environment().get_template("page.html").render(section="a", counter=lambda: 2) == "<h1>2 a</h1>"
