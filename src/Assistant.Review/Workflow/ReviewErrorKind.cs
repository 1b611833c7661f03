namespace Assistant.Review.Workflow;

/// <summary>Why a review action was refused.</summary>
public enum ReviewErrorKind
{
    /// <summary>No such item, or not visible to the actor.</summary>
    NotFound,

    /// <summary>The request is not valid for the item.</summary>
    Invalid,

    /// <summary>Someone else changed the item first.</summary>
    Conflict,
}
