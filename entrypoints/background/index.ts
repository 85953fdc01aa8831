import { BackstoryDb } from '@/lib/db/database';
import { startBackground } from '@/lib/background/start';

export default defineBackground(() => {
  void startBackground(new BackstoryDb());
});
