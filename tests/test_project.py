import pytest

from workbench.project import find_project_root, init_project, load_project
from workbench.util.errors import WorkbenchError


def test_defaults_without_configuration(tmp_path):
    project = load_project(tmp_path)
    assert project.source_dir == tmp_path.resolve() / "seeds"
    assert project.languages == ["ru", "kk"]
    assert project.po_path("doc", "kk") == tmp_path.resolve() / "locale/kk/LC_MESSAGES/doc.po"
    assert project.template_path("doc") == tmp_path.resolve() / "locale/doc.pot"


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.workbench]\nsource = "texts"\nlanguages = ["kk"]\nname = "demo"\n', encoding="utf-8"
    )
    project = load_project(tmp_path)
    assert project.source_dir.name == "texts"
    assert project.languages == ["kk"]
    assert project.name == "demo"


def test_workbench_toml_wins_over_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.workbench]\nlanguages = ["kk"]\n', encoding="utf-8")
    (tmp_path / "workbench.toml").write_text('[workbench]\nlanguages = ["ru"]\n', encoding="utf-8")
    assert load_project(tmp_path).languages == ["ru"]


def test_root_found_from_subfolder(tmp_path):
    (tmp_path / "workbench.toml").write_text("[workbench]\n", encoding="utf-8")
    sub = tmp_path / "seeds" / "deep"
    sub.mkdir(parents=True)
    assert find_project_root(sub) == tmp_path.resolve()


@pytest.mark.parametrize(
    "content, message",
    [
        ("[workbench\n", "invalid TOML"),
        ('[workbench]\nlanguages = "ru"\n', "languages must be"),
        ('[workbench]\nlanguages = ["Russian"]\n', "not a language code"),
        ('[workbench]\nsorce = "x"\n', "unknown setting 'sorce'"),
        ('[workbench]\ntitle = ""\n', "title must be a non-empty line"),
        ('[workbench]\ntitle = 3\n', "title must be a string or a table"),
        ('[workbench]\ntitle = { Russian = "Казахстан" }\n', "title: not a language code: 'Russian'"),
        ('[workbench]\ntitle = { ru = "Казах\\u001bстан" }\n', "title.ru must be a non-empty line"),
    ],
)
def test_bad_configuration_is_reported_with_path(tmp_path, content, message):
    (tmp_path / "workbench.toml").write_text(content, encoding="utf-8")
    with pytest.raises(WorkbenchError) as info:
        load_project(tmp_path)
    assert message in str(info.value)
    assert "workbench.toml" in str(info.value)


def test_init_creates_a_usable_project_and_never_overwrites(tmp_path):
    created = init_project(tmp_path / "new", languages=["ru", "kk"])
    names = {p.name for p in created}
    assert {"seeds", "locale", "workbench.toml", "glossary.tsv"} <= names
    project = load_project(tmp_path / "new")
    assert project.languages == ["ru", "kk"]
    header = (tmp_path / "new" / "glossary.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id\ttype\ten")
    with pytest.raises(WorkbenchError, match="already exists"):
        init_project(tmp_path / "new", languages=["ru"])


def test_title_per_language_with_fallbacks(tmp_path):
    (tmp_path / "workbench.toml").write_text(
        '[workbench]\nname = "p"\ntitle = { en = "Kazakhstan", ru = "Казахстан", kk = "Қазақстан" }\n',
        encoding="utf-8")
    project = load_project(tmp_path)
    assert project.title("ru") == "Казахстан" and project.title("en") == "Kazakhstan"
    assert project.title("kk-Latn", "kk") == "Қазақстан"        # a script variant falls back to its catalogue's
    assert project.title("de") == "p"                           # no title for it and none for all: the name
    (tmp_path / "workbench.toml").write_text('[workbench]\ntitle = "One for all"\n', encoding="utf-8")
    assert load_project(tmp_path).title("ru") == "One for all"
