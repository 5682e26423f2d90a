using Configurator.Web.Features.Me;

namespace Configurator.Web.Features.SignIn;

public sealed record SetupAtSignInViewModel(AuthenticatorSetupModel Setup, SetupAtSignInForm Form);
