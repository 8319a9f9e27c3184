// What a frontend writes against the generated types; it must type-check against every new document.
import type { components, operations, paths } from "./journal-api";

type PostPage = components["schemas"]["PostPageResponse"];
type Post = components["schemas"]["PostDetail"];
type ListQuery = NonNullable<operations["ListPosts"]["parameters"]["query"]>;

const query: ListQuery = { emotion: ["grief"], tag: ["connection"], tagMatch: "any", page: 1, pageSize: 20 };

export function titles(page: PostPage): string[] {
  return page.items.map((item) => `${item.date}: ${item.title} (${item.tags.join(", ")})`);
}

export function neighbours(post: Post): string {
  return [post.previous?.slug, post.slug, post.next?.slug].filter(Boolean).join(" < ");
}

export const listPath: keyof paths = "/api/posts";
export const defaultQuery = query;

// Fields the API always sends are required in the generated types: T, or T | null where the value can be null, never
// T | undefined. Each line fails to compile when the document makes the field optional again.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Summary = components["schemas"]["PostListItem"];
type Notice = components["schemas"]["FilterNotice"];
export const alwaysSent: true[] = [
  true satisfies Exactly<Summary["updated"], string | null>,
  true satisfies Exactly<Summary["description"], string | null>,
  true satisfies Exactly<Post["previous"], components["schemas"]["PostLink"] | null>,
  true satisfies Exactly<Post["next"], components["schemas"]["PostLink"] | null>,
  true satisfies Exactly<components["schemas"]["EmotionUsage"]["parent"], string | null>,
  true satisfies Exactly<components["schemas"]["EmotionUsage"]["latestDate"], string | null>,
  true satisfies Exactly<components["schemas"]["TermUsage"]["latestDate"], string>,
  true satisfies Exactly<PostPage["notices"], Notice[]>,
  true satisfies Exactly<Notice["suggestion"], string | null>,
];

// meta is typed: front-matter text, null, lists and maps of those.
export function metaText(item: Summary, key: string): string | null {
  const value = item.meta[key];
  return typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string").join(", ") : null;
}
