namespace JournalApi.Content.Loading;

/// <summary>The stages one file goes through; a fault is reported with the stage it happened in.</summary>
public enum LoadStage
{
    Read,
    Split,
    Parse,
    Validate,
    Render,
    Index,
}
