#import <Foundation/Foundation.h>

#import "QSSession.h"

@interface QSAppDelegate : NSObject <QSSessionDelegate> {
  BOOL _verbose;
}
- (id)initVerbose:(BOOL)verbose;
@end
