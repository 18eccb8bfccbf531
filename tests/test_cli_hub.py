"""`chatapp search`, `pull`, `models`, `rm` and `link` as real processes against the local Hub."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from hub_server import FakeHub

pytest_plugins = ("hub_fixtures",)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


def test_search(hub: FakeHub) -> None:
    result = run_cli("search", "GGUF", "--sort", "likes")
    assert result.returncode == 0, result.stderr
    head, *lines = result.stdout.splitlines()
    assert head.split() == ["model", "parameters", "downloads", "likes", "architecture"]
    assert lines[0].startswith("tester/liked-GGUF")
    assert any("corp/gated-GGUF" in line and "[gated]" in line for line in lines)
    assert "private" not in result.stdout
    assert run_cli("search", "nothing-like-this").stderr.strip() == "No GGUF models found."


def test_pull_models_rm(hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path]) -> None:
    result = run_cli("pull", "tester/tiny-GGUF")  # several quants: Q4_K_M is the default
    assert result.returncode == 0 and "tiny-Q4_K_M.gguf" in result.stdout
    hub.add_repo("tester/choose-GGUF", {"c-Q8_0.gguf": tiny_files["small"],
                                        "c-F16.gguf": tiny_files["medium"]})
    result = run_cli("pull", "tester/choose-GGUF")
    assert result.returncode == 1 and "--quant" in result.stderr
    result = run_cli("pull", "tester/tiny-GGUF", "--quant", "f16")
    assert result.returncode == 0, result.stderr
    assert "needs about" in result.stderr and "100.0%" in result.stderr
    folder = chatapp_home / "data" / "models" / "tester" / "tiny-GGUF"
    assert result.stdout.strip() == f"Saved {folder / 'tiny-F16-00001-of-00002.gguf'}"
    assert sorted(p.name for p in folder.iterdir()) == [
        "tiny-F16-00001-of-00002.gguf", "tiny-F16-00002-of-00002.gguf", "tiny-Q4_K_M.gguf"]
    assert " 0 bytes/s" not in result.stderr and "/s" in result.stderr.splitlines()[-1]
    again = run_cli("pull", "tester/tiny-GGUF", "--quant", "f16")
    assert again.returncode == 0 and "100.0%" not in again.stderr
    assert again.stdout.strip() == (
        f"tiny-F16.gguf is already in the library: {folder / 'tiny-F16-00001-of-00002.gguf'}")
    hub.faults.fail("/tester/tiny-GGUF/resolve/*/tiny-Q8_0.gguf", 500)  # its header read
    result = run_cli("pull", "tester/tiny-GGUF", "--file", "tiny-Q8_0.gguf")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == (  # the memory check skipped is said
        "tiny-Q8_0.gguf: the memory it needs could not be checked, so it is downloaded all "
        "the same: The Hub answered with an error (HTTP 500). Try again later.")
    listing = run_cli("models")
    assert "tiny-Q8_0.gguf" in listing.stdout and "[downloaded]" in listing.stdout
    assert "tester/tiny-GGUF" in listing.stdout
    refused = run_cli("rm", "tiny-Q8_0")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert (folder / "tiny-Q8_0.gguf").exists()
    result = run_cli("rm", "tiny-Q8_0", "--yes")
    assert result.returncode == 0 and "Deleted tiny-Q8_0" in result.stdout
    assert not (folder / "tiny-Q8_0.gguf").exists()


def test_pull_errors_are_one_line(hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    result = run_cli("pull", "corp/gated-GGUF")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "accept the license" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("pull", "tester/tiny-GGUF", "--quant", "Q3_K_S")
    assert result.returncode == 1 and "Available quantizations: Q4_K_M, Q8_0, F16" in result.stderr
    result = run_cli("pull", "tester/tiny-GGUF", "--file", "mmproj-tiny-f16.gguf")
    assert result.returncode == 1 and result.stderr.strip() == (
        "chatapp: mmproj-tiny-f16.gguf in tester/tiny-GGUF is a vision projector, which works "
        "beside a model, not alone: pull one of its models: tiny-F16.gguf, tiny-Q4_K_M.gguf, "
        "tiny-Q8_0.gguf"), result.stderr
    # two models of one quantization: named by their files, and --quant alone is not enough
    hub.add_repo("tester/twins-GGUF", {"small-F16.gguf": tiny_files["small"],
                                      "large-F16.gguf": tiny_files["large"]})
    result = run_cli("pull", "tester/twins-GGUF")
    assert result.returncode == 1 and "small-F16.gguf, large-F16.gguf" in result.stderr
    result = run_cli("pull", "tester/twins-GGUF", "--quant", "F16")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "several models of F16; choose one with --file" in result.stderr
    # a byte flipped in transfer, in the model data (the header read first is whole)
    hub.faults.corrupt_byte("tiny-Q8_0.gguf", tiny_files["medium"].stat().st_size - 10)
    result = run_cli("pull", "tester/tiny-GGUF", "--quant", "Q8_0")
    assert result.returncode == 1 and "checksum" in result.stderr
    hub.reset_log()
    env_offline = dict(os.environ, HF_HUB_OFFLINE="1")
    result = subprocess.run([sys.executable, "-m", "chatapp", "search", "tiny"],
                            capture_output=True, text=True, timeout=60, env=env_offline)
    assert result.returncode == 1 and "Offline mode" in result.stderr
    assert hub.requests == []


def test_link(tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(tiny_files["small"], folder / "mine-Q4_0.gguf")
    result = run_cli("link", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Added 1 model " in result.stdout and "mine-Q4_0.gguf" in result.stdout
    listing = run_cli("models")
    assert "mine-Q4_0.gguf" in listing.stdout and "[linked folder]" in listing.stdout
    # what appears in the linked folder later is linked too: models, not junk or parts
    shutil.copy(tiny_files["medium"], folder / "later-Q8_0.gguf")
    (folder / "junk.gguf").write_text("not a model")
    shutil.copy(tiny_files["large"], folder / "big-00002-of-00002.gguf")  # no first part
    listing = run_cli("models")
    models, left_out = listing.stdout.split("Left out of the library:\n")
    assert "later-Q8_0.gguf" in models and "junk" not in models and "big-" not in listing.stdout
    assert left_out == (f"- {folder / 'junk.gguf'} does not start with the GGUF signature, so "
                        "it is not a GGUF model; skipped.\n")  # said, not linked
    # one taken out of the list stays out, though its file is still there
    assert run_cli("rm", "later-Q8_0", "--yes").returncode == 0
    assert "later-Q8_0" not in run_cli("models").stdout
    result = run_cli("rm", "mine-Q4_0", "--yes")
    assert result.returncode == 0 and "the file was not touched" in result.stdout
    assert (folder / "mine-Q4_0.gguf").exists()
    refused = run_cli("link", str(folder / "mine-Q4_0.gguf"), "--layout", "ollama")
    assert refused.returncode == 1 and refused.stderr.strip() == (
        f"chatapp: {folder / 'mine-Q4_0.gguf'} is a file, and --layout ollama reads a folder "
        "of models: leave out --layout to link the file.")
    # linking the folder again on purpose brings back what was taken out
    again = run_cli("link", str(folder))
    assert "Added 2 models " in again.stdout, again.stdout
    twice = run_cli("link", str(folder))  # nothing new: said as such
    assert twice.returncode == 0
    assert twice.stderr.splitlines()[0] == f"The models in {folder} are in the library already."


def test_pull_of_a_split_model_with_a_part_missing_says_which_part(
        hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    """was: 'has no GGUF file named "…-00001-of-00002.gguf"' for a file that is there."""
    first = "gemma-3-270m-it-IQ2_XXS-00001-of-00002.gguf"
    hub.add_repo("tester/halved-GGUF", {first: tiny_files["large"],
                                        "gemma-3-270m-it-Q8_0.gguf": tiny_files["small"]})
    said = ("chatapp: gemma-3-270m-it-IQ2_XXS.gguf in tester/halved-GGUF is a model split into "
            "2 parts, and part 2 is not in the repository, so it cannot be downloaded. Ask its "
            "authors, or choose another file.\n")
    for how in (("--file", first), ("--file", "gemma-3-270m-it-IQ2_XXS.gguf"),
                ("--quant", "iq2_xxs")):
        result = run_cli("pull", "tester/halved-GGUF", *how)
        assert result.returncode == 1 and result.stderr == said, (how, result.stderr)
    hub.add_repo("tester/only-half-GGUF", {first: tiny_files["large"]})
    result = run_cli("pull", "tester/only-half-GGUF")
    assert result.returncode == 1 and "part 2 is not in the repository" in result.stderr
    assert "100.0%" not in result.stderr


def test_link_keeps_only_folders_with_models_and_unlink_forgets_them(
        tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    """was: a folder with no model was kept anyway (one of damaged files had every later
    `chatapp models` repeat its skipped lines), and nothing could unlink a folder (`rm
    FOLDER`: "not a regular file")."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("link", str(empty))  # (1: nothing was linked, for scripts)
    assert (result.returncode, result.stdout) == (1, "") and result.stderr == (
        f"chatapp: No GGUF models found in {empty}, so it is not linked: link it again once "
        "it holds models.\n")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "junk.gguf").write_text("not a model")
    result = run_cli("link", str(broken))
    assert result.stderr.splitlines()[0].startswith(
        f"chatapp: No GGUF models found in {broken}, so")
    assert "junk.gguf does not start with the GGUF signature" in result.stderr  # said once
    listing = run_cli("models")
    assert "junk" not in listing.stdout + listing.stderr
    shutil.copy(tiny_files["small"], empty / "later-Q4_0.gguf")  # not watched: not listed
    assert "later-Q4_0" not in run_cli("models").stdout
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "a-Q4_0.gguf")
    shutil.copy(tiny_files["medium"], folder / "sub" / "b-Q8_0.gguf")
    assert "Added 2 models " in run_cli("link", str(folder)).stdout
    refused = run_cli("rm", str(folder))
    assert refused.returncode == 1 and refused.stderr == (
        f"chatapp: {folder} is a folder: chatapp rm deletes one model; chatapp unlink {folder} "
        "takes the models linked from it off the list and stops watching it.\n")
    # a file of a folder still watched leaves the list and stays out
    result = run_cli("unlink", str(folder / "a-Q4_0.gguf"))
    assert result.returncode == 0 and result.stdout == (
        "Took 1 linked model off the list (the file was not touched):\n"
        f"  {folder / 'a-Q4_0.gguf'}\n")
    listing = run_cli("models").stdout
    assert "a-Q4_0" not in listing and "b-Q8_0" in listing
    result = run_cli("unlink", str(folder))
    assert result.returncode == 0, result.stderr
    said = result.stdout.splitlines()
    assert said == [f"Unlinked {folder}: models that come there later are no longer added.",
                    "Took 1 linked model off the list (the file was not touched):",
                    f"  {folder / 'sub' / 'b-Q8_0.gguf'}"]
    assert (folder / "a-Q4_0.gguf").is_file() and (folder / "sub" / "b-Q8_0.gguf").is_file()
    shutil.copy(tiny_files["small"], folder / "c-Q4_0.gguf")  # no longer watched
    listing = run_cli("models").stdout
    assert "b-Q8_0" not in listing and "c-Q4_0" not in listing
    again = run_cli("unlink", str(folder))
    assert again.returncode == 1 and again.stderr == (
        f"chatapp: Nothing is linked from {folder}: chatapp models lists what is. (A model in "
        "the models folder is deleted with chatapp rm.)\n")
    # linked again, it brings back what was left out of it
    assert "Added 3 models " in run_cli("link", str(folder)).stdout


def test_unlink_names_the_folder_by_its_absolute_path_however_it_was_given(
        tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    """was: `chatapp unlink .` inside a linked folder said "Unlinked .: …" (and `../x`, `~/x`
    were printed as typed), not the folder that stopped being watched."""
    home = tmp_path / "user"
    folder = home / "models" / "mine"
    folder.mkdir(parents=True)
    (home / "models" / "other").mkdir()
    shutil.copy(tiny_files["small"], folder / "a-Q4_0.gguf")
    env = {**os.environ, "HOME": str(home)}

    def run_in(cwd: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "chatapp", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=120)

    for cwd, named in ((folder, "."), (home / "models" / "other", "../mine"),
                       (tmp_path, "~/models/mine")):
        assert "Added 1 model " in run_in(tmp_path, "link", str(folder)).stdout
        result = run_in(cwd, "unlink", named)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0] == (
            f"Unlinked {folder}: models that come there later are no longer added."), named
    empty = home / "models" / "empty"  # link says the folder it looked in the same way
    empty.mkdir()
    for cwd, named in ((empty, "."), (home / "models" / "other", "../empty"),
                       (tmp_path, "~/models/empty")):
        result = run_in(cwd, "link", named)
        assert result.stderr.splitlines()[0].startswith(
            f"chatapp: No GGUF models found in {empty}, so it is not linked"), (
            named, result.stderr)


def test_a_file_the_hub_serves_damaged_is_refused_before_it_is_downloaded(
        hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path]) -> None:
    """Its header (read with range requests) shows it is no GGUF, or shorter than its own
    tensor table says: one line, and the file's bytes are never fetched."""
    whole = tiny_files["large"].read_bytes()
    assert len(whole) > 2 << 20
    hub.add_repo("broken/cut-GGUF", {"cut-Q4_K_M.gguf": whole[: len(whole) // 2]})
    hub.add_repo("broken/noise-GGUF", {"noise-Q4_K_M.gguf": os.urandom(3 << 20)})
    for repo, words in (("broken/cut-GGUF", "is incomplete, so it is not downloaded"),
                        ("broken/noise-GGUF", "is not a usable GGUF model, so it is not")):
        hub.reset_log()
        result = run_cli("pull", repo)
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
        assert words in result.stderr and "on the Hub" in result.stderr
        assert hub.sent("Q4_K_M.gguf") <= 3 << 19  # the header's ranges, not the file
    downloads = chatapp_home / "data" / "models" / "broken"
    assert not downloads.exists() or not any(downloads.rglob("*.gguf"))


def test_pull_asks_before_downloading_a_model_too_big_for_this_computer(
        hub: FakeHub, chatapp_home: Path, tmp_path: Path) -> None:
    """Like the window: a model the estimate calls too big is downloaded only when the user
    says so at the terminal, or with --yes; without a terminal nothing is downloaded."""
    from gguf_factory import write_tiny_llama
    from terminal_run import run_in_terminal

    huge_context = 1 << 20  # a KV cache of tens of GB at that context (the largest taken)
    model = write_tiny_llama(tmp_path / "long-F32.gguf", n_layer=512, ctx=huge_context)
    hub.add_repo("tester/long-GGUF", {"long-F32.gguf": model})
    args = ("pull", "tester/long-GGUF", "--context", str(huge_context))
    folder = chatapp_home / "data" / "models" / "tester" / "long-GGUF"
    result = run_cli(*args)
    assert result.returncode == 1 and "too big" in result.stderr
    assert "add --yes to download it all the same" in result.stderr
    assert not folder.exists()
    shown = run_in_terminal(list(args), {"Download it anyway? [y/N]": "n\n"})
    assert "Nothing downloaded." in shown and not folder.exists()
    result = run_cli(*args, "--yes")
    assert result.returncode == 0, result.stderr
    assert (folder / "long-F32.gguf").is_file()


def test_pull_says_how_long_a_stalled_download_had_no_data(hub: FakeHub, chatapp_home: Path,
                                                           tiny_files: dict[str, Path]) -> None:
    import threading
    import time

    from chatapp.hub.download_record import CHUNK

    assert tiny_files["large"].stat().st_size > 3 * CHUNK
    hub.add_repo("tester/stall-GGUF", {"s-Q8_0.gguf": tiny_files["large"]})
    hub.faults.stall_after("s-Q8_0.gguf", 2 * CHUNK)  # then nothing, the connection open
    threading.Timer(12.0, hub.faults.clear).start()  # then the rest
    started = time.monotonic()
    result = run_cli("pull", "tester/stall-GGUF")  # not a terminal: a line every 5 s
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 5.0  # (a read timeout may take up the rest sooner)
    lines = result.stderr.splitlines()
    waited = [line for line in lines if "no data for 0:" in line]
    assert waited, lines
    assert all("/s" not in line and "ETA" not in line for line in waited)


def test_pull_of_a_file_already_downloaded_from_another_repo_names_that_repo(
        hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path]) -> None:
    hub.add_repo("tester/mirror-GGUF", {"mirror-Q4_K_M.gguf": tiny_files["small"]})
    assert run_cli("pull", "tester/tiny-GGUF").returncode == 0  # its Q4_K_M: the same bytes
    again = run_cli("pull", "tester/mirror-GGUF")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("mirror-Q4_K_M.gguf is already in the library, the same "
                                   "file as downloaded from tester/tiny-GGUF: ")
    assert "Name it as tester/tiny-GGUF or by its file name." in again.stdout
    listing = run_cli("models")
    assert "tester/tiny-GGUF" in listing.stdout


def test_pull_of_a_file_linked_from_another_app_is_not_downloaded_again(
        hub: FakeHub, chatapp_home: Path, tiny_files: dict[str, Path], tmp_path: Path) -> None:
    """A file linked from LM Studio's folder, of the Hub file's name and size, is that file:
    no second copy of the same gigabytes."""
    import shutil

    hub.add_repo("tester/linked-GGUF", {"linked-Q4_K_M.gguf": tiny_files["small"]})
    store = tmp_path / "lmstudio" / "tester" / "linked-GGUF"
    store.mkdir(parents=True)
    shutil.copy(tiny_files["small"], store / "linked-Q4_K_M.gguf")
    assert run_cli("link", str(store / "linked-Q4_K_M.gguf")).returncode == 0
    hub.reset_log()
    again = run_cli("pull", "tester/linked-GGUF")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        f"linked-Q4_K_M.gguf is already in the library: {store / 'linked-Q4_K_M.gguf'}")
    assert not (chatapp_home / "data" / "models" / "tester").exists()  # no second copy


def test_rm_says_what_happens_to_the_file_and_takes_the_languages_yes(
        chatapp_home: Path, tiny_files: dict[str, Path], tmp_path: Path, monkeypatch) -> None:
    """Before removing, `rm` says what happens on disk: a symbolic link in the models folder
    is deleted and what it points to stays (was: "Delete … (50 MB)"); a linked file already
    gone is forgotten (was: "The file stays in …", untrue). The language's yes is a yes (was:
    Indonesian "ya" deleted nothing)."""
    from terminal_run import run_in_terminal

    elsewhere = tmp_path / "other-app"
    elsewhere.mkdir()
    target = shutil.copy(tiny_files["small"], elsewhere / "real-Q4_0.gguf")
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    os.symlink(target, models / "via-link-Q4_0.gguf")
    asked = " ".join(run_in_terminal(["rm", "via-link-Q4_0"], {"[y/N]": "y\n"}).split())
    assert (f"Delete the link via-link-Q4_0 ({models / 'via-link-Q4_0.gguf'})? The file it "
            f"points to stays in {target}. [y/N]") in asked, asked
    assert "Deleted the link via-link-Q4_0; the file it points to was not touched." in asked
    assert not os.path.lexists(models / "via-link-Q4_0.gguf") and Path(target).exists()

    assert run_cli("link", str(target)).returncode == 0
    Path(target).unlink()
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    asked = " ".join(run_in_terminal(["rm", "real-Q4_0"], {"[y/N]": "Iya\n"}).split())
    assert (f"Hapus real-Q4_0 dari daftar? Berkasnya, {target}, sudah tidak ada. [y/N]"
            in asked), asked
    assert "real-Q4_0" not in run_cli("models").stdout


def test_rm_of_a_file_outside_the_library_says_so_before_any_question(
        chatapp_home: Path, tiny_files: dict[str, Path], tmp_path: Path) -> None:
    """Was: "Delete outside (253 MB, …) from this computer? This cannot be undone. [y/N]",
    then, answered yes, "… is not a model file in the library."; the file is kept."""
    from terminal_run import run_in_terminal

    outside = Path(shutil.copy(tiny_files["small"], tmp_path / "outside.gguf"))
    shown = " ".join(run_in_terminal(["rm", str(outside)], {}).split())
    assert "[y/N]" not in shown and "cannot be undone" not in shown, shown
    assert f"chatapp: {outside} is not a model file in the library." in shown, shown
    piped = run_cli("rm", str(outside))
    assert (piped.returncode, piped.stderr.strip()) == (
        1, f"chatapp: {outside} is not a model file in the library.")
    assert outside.exists()
