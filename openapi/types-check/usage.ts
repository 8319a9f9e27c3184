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
