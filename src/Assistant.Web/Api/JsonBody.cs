using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Web.Api;

/// <summary>
/// Reads a JSON request body strictly (right content type, valid JSON, known fields of the right types) and turns
/// every failure into a Vietnamese problem instead of an exception.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The body as <typeparamref name="T"/>, or the problem to return.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Result(StatusCodes.Status415UnsupportedMediaType, "Vui lòng gửi nội dung dạng JSON (Content-Type: application/json)."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Strict, cancellationToken);
            return value is null
                ? (null, ApiProblems.Result(StatusCodes.Status400BadRequest, "Nội dung gửi lên phải là một đối tượng JSON."))
                : (value, null);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Result(StatusCodes.Status400BadRequest, "Nội dung gửi lên không phải JSON hợp lệ hoặc có trường không đúng. Vui lòng kiểm tra lại."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.Result(StatusCodes.Status413PayloadTooLarge, "Nội dung gửi lên quá lớn. Vui lòng rút gọn rồi gửi lại."));
        }
    }
}
