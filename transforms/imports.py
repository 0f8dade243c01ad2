"""Importing third-party modules for what we use of them: the tools, and jieba.

A run's start-up is mostly imports (a one-file run waits ~6 s for them, on both cores), and some
libraries do work as they are imported that nothing of ours uses. Two tools, used by the gate
for Great Expectations' imports (``expectations/gate.py``) and here for jieba's:

- :func:`import_on_first_use` puts a stand-in in ``sys.modules`` that imports the module when
  first used;
- :func:`unimportable` makes ``import name`` fail inside a block, for a library that has a
  fallback when an optional module is missing;
- :func:`replaced_on_import` replaces a function of a module as the module is imported, before
  the modules that import it from there run.

No data is changed by either: a module used is a module imported, and jieba tags as before.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import io
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class OnFirstUse(types.ModuleType):
    """Stands in ``sys.modules`` for a module not imported yet; the first attribute read from it
    imports the module and is answered by it (and so is every later one)."""

    def __getattr__(self, attr: str):  # called only for what the stand-in itself lacks
        real = self.__dict__.get("_module")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = self._module = importlib.import_module(self.__name__)
        return getattr(real, attr)


def import_on_first_use(name: str) -> None:
    """Put ``name`` in ``sys.modules`` as a stand-in that imports it when first used.

    Not ``importlib.util.LazyLoader``: ``import altair`` reads the module's ``__spec__`` in the
    import machinery, which loads a lazy module at once; the stand-in has its own."""
    if name in sys.modules or (spec := importlib.util.find_spec(name)) is None:
        return
    module = OnFirstUse(name)
    module.__spec__ = spec
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:  # `from scipy import stats` then finds it without the import machinery
        setattr(sys.modules[parent], child, module)


@contextmanager
def unimportable(name: str) -> Iterator[None]:
    """``import name`` fails inside the block (unless the module is imported already), and works
    again after it."""
    if name in sys.modules:
        yield
        return
    sys.modules[name] = None  # type: ignore[assignment]  # the import system's "not importable"
    try:
        yield
    finally:
        if name in sys.modules and sys.modules[name] is None:
            del sys.modules[name]


class _ReplaceOnImport(importlib.abc.MetaPathFinder):
    """Finds ``module`` on the path as the import system would, and runs its code with ``name``
    replaced right after it: the module's own later uses and every ``from module import name``
    get the replacement."""

    def __init__(self, module: str, name: str, replace: Callable[[object], object]):
        self.module, self.name, self.replace = module, name, replace
        self.originals: list[object] = []

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.module:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run = spec.loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            run(module)
            original = getattr(module, self.name, None)
            if original is not None:
                setattr(module, self.name, self.replace(original))
                self.originals.append(original)

        spec.loader.exec_module = exec_module
        return spec


@contextmanager
def replaced_on_import(module: str, name: str, replace: Callable[[object], object]) -> Iterator[list]:
    """Inside the block, ``module`` imported for the first time gets ``replace(its name)`` as
    ``name`` as soon as its code has run. Yields a list that then holds the original: empty when
    the module was imported already, was not imported, or has no ``name`` (the library changed):
    then nothing is replaced."""
    finder = _ReplaceOnImport(module, name, replace)
    sys.meta_path.insert(0, finder)
    try:
        yield finder.originals
    finally:
        sys.meta_path.remove(finder)


class _DefaultPOSTokenizer:
    """``jieba.posseg.dt``, jieba's module-level ``POSTokenizer(jieba.dt)``, built when first used
    (``jieba.posseg.cut("我们在北京")`` reads it then)."""

    def __getattr__(self, attr: str):  # called only for what this object itself lacks
        real = self.__dict__.get("_real")
        if real is None:
            import jieba
            import jieba.posseg

            real = self._real = jieba.posseg.POSTokenizer(jieba.dt)
        return getattr(real, attr)

    def __repr__(self) -> str:
        return f"<jieba.posseg.dt, {'built' if '_real' in self.__dict__ else 'built on first use'}>"


def import_jieba() -> None:
    """Import ``jieba`` and ``jieba.posseg`` without the work they do for globals we never use.

    Every tokenizer of ours is built by ``transforms.tokenise.Tokenizer`` (from our own cache);
    jieba's module-level ones (``jieba.dt``, ``jieba.posseg.dt``) are never used, yet:

    - ``jieba.posseg`` builds its ``dt = POSTokenizer(jieba.dt)`` as it is imported, reading the
      349,046 lines of jieba's dict.txt into a tag table: ~0.45 s of CPU in the flow process of a
      one-file run (on its critical path) and in the workers' fork server. Here ``dt`` is built
      when first used instead: jieba's module functions (``jieba.posseg.cut``) still tag as before.
    - ``jieba._compat`` imports ``pkg_resources`` (setuptools' resource API, which scans every
      installed distribution as it loads: ~0.1 s) only to open dict.txt; without it jieba opens
      the same file by its path (its own fallback).

    Call it before importing jieba; a no-op once ``jieba.posseg`` is imported."""
    if "jieba.posseg" in sys.modules:
        return
    with unimportable("pkg_resources"):
        import jieba
    default = jieba.dt
    # POSTokenizer(jieba.dt) reads jieba.dt.get_dict_file(): an empty file while jieba.posseg runs
    # its module body, so its throw-away dt reads no line. Shadowed on the instance, then removed.
    default.get_dict_file = lambda: io.BytesIO(b"")
    try:
        import jieba.posseg
    finally:
        del default.get_dict_file
    jieba.posseg.dt = _DefaultPOSTokenizer()
    jieba.posseg.initialize = lambda dictionary=None: jieba.posseg.dt.initialize(dictionary)
