using Assistant.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Assistant.Web.Operations;

/// <summary>
/// The last line: any exception becomes a Vietnamese problem JSON, never a stack trace. A malformed request
/// Kestrel rejects keeps its 4xx status; anything else is logged and answered 500.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left; there is no one to answer.
            return true;
        }

        if (exception is BadHttpRequestException bad)
        {
            await ApiProblems.WriteAsync(httpContext, bad.StatusCode);
            return true;
        }

        logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        await ApiProblems.WriteAsync(httpContext, StatusCodes.Status500InternalServerError);
        return true;
    }
}
