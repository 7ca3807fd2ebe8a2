/**
 * Waits for what the panel's first render shows, the settings and the ticket's flow, for at most
 * `waitMs`: the panel then mounts once, complete, instead of rendering (and restyling inside
 * NOSSA's page) once per answer. A slow or stopped background still gets a panel after the wait,
 * showing that it is loading or the error. Resolves to the settings when they came in time.
 */
export async function firstAnswers<T>(settings: Promise<T>, flow: Promise<unknown> | undefined, waitMs: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    const answers = await Promise.race([Promise.allSettled([settings, flow]), late]);
    return answers?.[0].status === 'fulfilled' ? answers[0].value : undefined;
  } finally {
    clearTimeout(timer);
  }
}
