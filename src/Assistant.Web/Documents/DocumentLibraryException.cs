namespace Assistant.Web.Documents;

/// <summary>A library action that cannot be done; <see cref="Exception.Message"/> is a Vietnamese sentence for staff.</summary>
public sealed class DocumentLibraryException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    /// <summary>The HTTP status the page answers with.</summary>
    public int Status { get; } = status;
}
