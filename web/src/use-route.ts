import { useEffect, useState } from "preact/hooks";
import { type AppRoute, parseRoute } from "./app-route";

/** The screen the address bar names, following back/forward and `navigate`. */
export function useRoute(): AppRoute {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return route;
}
