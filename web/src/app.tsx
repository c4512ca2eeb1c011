import { useEffect, useMemo, useState } from "preact/hooks";
import { type ApiClient, apiClient } from "./api-client";
import { type AppConfig, loadAppConfig } from "./app-config";
import { InsightsPage } from "./insights-page";
import { InterviewListPage } from "./interview-list-page";
import { InterviewPage } from "./interview-page";
import { NavBar } from "./nav-bar";
import { RegisterPage } from "./register-page";
import { takeFragmentToken } from "./take-fragment-token";
import { TokenForm } from "./token-form";
import { tokenStorage } from "./token-storage";
import { useRoute } from "./use-route";

/** A token from the link that opened the app wins over the stored one, and is stored in its place. */
function startToken(): string | undefined {
  const fromLink = takeFragmentToken(location, history);
  if (fromLink) tokenStorage.write(fromLink);
  return fromLink ?? tokenStorage.read();
}

export function App() {
  const [config, setConfig] = useState<AppConfig>();
  const [token, setToken] = useState(startToken);
  const [refused, setRefused] = useState(false);
  const route = useRoute();

  useEffect(() => {
    void loadAppConfig(location.origin).then(setConfig);
  }, []);

  const api: ApiClient | undefined = useMemo(() => {
    if (!config || !token) return undefined;
    return apiClient(config.apiUrl, token, () => {
      tokenStorage.clear();
      setRefused(true);
      setToken(undefined);
    });
  }, [config, token]);

  const signIn = (t: string) => {
    tokenStorage.write(t);
    setRefused(false);
    setToken(t);
  };
  const signOut = () => {
    tokenStorage.clear();
    setToken(undefined);
  };

  if (!config) return <p class="loading">Loading…</p>;
  if (!api) return <TokenForm auth={config.auth} refused={refused} onToken={signIn} />;
  return (
    <>
      <NavBar onSignOut={signOut} />
      <main id="main">
        {route.name === "list" && <InterviewListPage api={api} />}
        {route.name === "new" && <RegisterPage api={api} />}
        {route.name === "interview" && <InterviewPage api={api} id={route.id} />}
        {route.name === "insights" && <InsightsPage api={api} />}
        {route.name === "missing" && <p>There is no such page.</p>}
      </main>
    </>
  );
}
