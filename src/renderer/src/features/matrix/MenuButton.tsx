import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { cx } from '../../components/classNames';

export interface MenuItem {
  id: string;
  label: string;
  disabled?: boolean;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** Accessible name of the button (also its tooltip when `children` says less). */
  label: string;
  children: ReactNode;
  /** The items, or a function that makes them when the menu opens (cheap for many headers). */
  items: readonly MenuItem[] | (() => readonly MenuItem[]);
  className?: string;
  disabled?: boolean;
  tabIndex?: number;
  title?: string;
  describedBy?: string;
  ref?: Ref<HTMLButtonElement>;
  /** Extra attributes for the button (the grid's position, drag listeners). */
  buttonProps?: Record<string, unknown>;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): arrow keys move between
 * items, Enter/Space chooses, Esc closes and returns focus to the button. The
 * menu is portalled to the body so a scrolling grid cannot clip it.
 */
export function MenuButton({ label, children, items, className, disabled, tabIndex, title, describedBy, ref, buttonProps }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const shownItems = open ? (typeof items === 'function' ? items() : items) : [];

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open]);

  const toggle = () => {
    if (open) {
      setOpen(false);
      return;
    }
    const rect = buttonRef.current?.getBoundingClientRect();
    setPlace(rect ? { top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - 288)) } : null);
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(entries.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close(true);
    item.onSelect();
  };

  return (
    <>
      <button
        {...buttonProps}
        ref={(node) => {
          buttonRef.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        type="button"
        className={cx('menu-button', className)}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        title={title}
        disabled={disabled}
        tabIndex={tabIndex}
        onClick={toggle}
      >
        {children}
      </button>
      {open &&
        createPortal(
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={label}
            className="menu"
            style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
            onKeyDown={onMenuKeyDown}
          >
            {shownItems.map((item) => (
              <li
                key={item.id}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                className="menu__item"
                onClick={() => choose(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose(item);
                  }
                }}
              >
                {item.label}
              </li>
            ))}
          </ul>,
          document.body,
        )}
    </>
  );
}
