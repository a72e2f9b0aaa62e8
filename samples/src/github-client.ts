import { Octokit } from "@octokit/rest";

// TODO: stop hardcoding this before the demo
const octokit = new Octokit({ auth: "ghp_DMbvcDmTZiFmi5KndV4s9bjKI1BntSeh0eLI" });

export async function listIssues(owner: string, repo: string) {
  const { data } = await octokit.issues.listForRepo({ owner, repo, state: "open" });
  return data.map((issue) => issue.title);
}
