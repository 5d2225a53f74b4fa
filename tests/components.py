"""Walking Dash component trees in tests and benchmarks."""

from __future__ import annotations


def find_component(component, component_id: str):
    """The first component in the tree with this id, or None."""
    if getattr(component, "id", None) == component_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found = find_component(child, component_id)
            if found is not None:
                return found
    return None


def component_text(component) -> str:
    """All text in a component tree, with whitespace folded."""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(" ".join(component_text(child) for child in component).split())
    children = getattr(component, "children", None)
    return component_text(children) if children is not None else ""
