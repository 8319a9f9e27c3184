namespace JournalApi.AnswerCache;

/// <summary>Where <see cref="AnswerCacheMiddleware"/> stands in the pipeline.</summary>
public enum AnswerCacheStage
{
    /// <summary>Before routing and the protections: sends a cached answer when nothing in between would act on the request.</summary>
    BeforeRouting,

    /// <summary>Last before the endpoints: makes, keeps and sends answers.</summary>
    Answer,
}
