import { AppLink } from "./app-link";

export function NavBar(props: { onSignOut: () => void }) {
  return (
    <header class="nav">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <AppLink href="/" class="brand">
        Follow-ups
      </AppLink>
      <nav aria-label="Main">
        <AppLink href="/">Interviews</AppLink>
        <AppLink href="/app/new">Register</AppLink>
        <AppLink href="/app/insights">What worked</AppLink>
        <button type="button" class="link" onClick={props.onSignOut}>
          Sign out
        </button>
      </nav>
    </header>
  );
}
