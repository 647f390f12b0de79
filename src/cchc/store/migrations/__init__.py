"""Every migration body, a module per era, imported in the order they apply (each module's own
``@migration`` functions apply in the order they are written). Never reorder nor edit an applied
migration: append a new one at the end of the last era, or a new era's module below the others.
"""

# isort: off
from cchc.store.migrations import foundation  # m001-m006
from cchc.store.migrations import write_path  # m007-m010
from cchc.store.migrations import registers  # m011-m014
from cchc.store.migrations import province  # m020-m021

# isort: on

ERAS = (foundation, write_path, registers, province)
