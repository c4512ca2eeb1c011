import type { ComponentChildren } from "preact";
import { navigate } from "./app-route";

/** A link to another screen that moves without a page load (a modified click still opens a new tab). */
export function AppLink(props: { href: string; class?: string; children: ComponentChildren }) {
  return (
    <a
      href={props.href}
      class={props.class}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
