// The coloured disc with a speaker's first character: colour alone must not carry the distinction (colour-blind
// readers, print), so the disc also shows a character; it is decorative because the name is printed next to it.
import { markOf } from './people';

export function SpeakerMark({ name, colour }: { name: string; colour: number | null }) {
  return (
    <span class={`br-mark ${colour === null ? 'br-cq' : `br-c${colour}`}`} aria-hidden="true">
      {markOf(name)}
    </span>
  );
}
