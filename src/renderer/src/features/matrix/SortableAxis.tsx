import { useMemo, type ReactNode } from 'react';
import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type Announcements, type Modifier } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Axis } from './layout';

/** Pointer dragging only: the keyboard reorders with Alt+arrow keys, announced by the grid itself. */
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

const alongX: Modifier = ({ transform }) => ({ ...transform, y: 0 });
const alongY: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface SortableAxisProps {
  axis: Axis;
  orientation: 'col' | 'row';
  onDrop: (activeId: string, overId: string) => void;
  children: ReactNode;
}

/**
 * Drag and drop of the headers of one axis. DndContext renders no DOM of its
 * own here (its hidden texts go to the body), so it can sit inside a table.
 */
export function SortableAxis({ axis, orientation, onDrop, children }: SortableAxisProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const ids = useMemo(() => axis.items.map((item) => item.id), [axis.items]);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[orientation === 'col' ? alongX : alongY]}
      accessibility={{ container: document.body, announcements: SILENT, screenReaderInstructions: { draggable: '' } }}
      onDragEnd={({ active, over }) => {
        if (over && active.id !== over.id) onDrop(String(active.id), String(over.id));
      }}
    >
      <SortableContext items={ids} strategy={orientation === 'col' ? horizontalListSortingStrategy : verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
