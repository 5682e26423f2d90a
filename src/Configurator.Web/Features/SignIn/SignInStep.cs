namespace Configurator.Web.Features.SignIn;

/// <summary>Where a correct password leads: straight in, to the one-time code, or to setting up an authenticator app a role requires.</summary>
public enum SignInStep
{
    SignedIn,
    CodeRequired,
    SetupRequired,
}
