namespace AiRegOps.Core.Profiles;

/// <summary>The deep synthesis use cases listed in the seed document (DSP Art. 23).</summary>
public enum DeepSynthesisUseCase
{
    /// <summary>Text generation or editing: writing generation, style conversion, chat bots.</summary>
    Text,

    /// <summary>Voice: text-to-speech, voice conversion, voice attribute editing.</summary>
    Voice,

    /// <summary>Non-speech audio: music generation, scene sound editing.</summary>
    NonSpeechAudio,

    /// <summary>Biometric features in images and video: face generation, face swap, attribute editing, face or posture manipulation.</summary>
    BiometricImageVideo,

    /// <summary>Non-biometric image and video content: image generation, enhancement, restoration.</summary>
    NonBiometricImageVideo,

    /// <summary>3D reconstruction, digital simulation, digital characters.</summary>
    DigitalHuman3D,
}
