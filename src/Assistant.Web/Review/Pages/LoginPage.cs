namespace Assistant.Web.Review.Pages;

/// <summary>The login form.</summary>
public static class LoginPage
{
    /// <summary>The page, with an optional Vietnamese error and the login typed before.</summary>
    public static string Render(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet csrf, string? error, string? login, string? returnUrl) => Html.Page("Đăng nhập", $"""
        <form method="post" action="/review/login" class="card" id="login-form">
          <h1>Đăng nhập</h1>
          {(error is null ? "" : $"<p class=\"error\" role=\"alert\" id=\"login-error\">{Html.E(error)}</p>")}
          <input type="hidden" name="{Html.E(csrf.FormFieldName)}" value="{Html.E(csrf.RequestToken)}">
          <input type="hidden" name="returnUrl" value="{Html.E(returnUrl)}">
          <label for="login">Tên đăng nhập</label><input id="login" name="login" autocomplete="username" required value="{Html.E(login)}">
          <label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
          <p><button type="submit" id="login-submit">Đăng nhập</button></p>
        </form>
        """, null);
}
